package nl.regioportal.organisation.domain;

/** The kind of a member organisation, and which registry number identifies it. */
public enum OrganisationType {
  /** An mbo institution, identified by its DUO BRIN code (e.g. 25PZ). */
  SCHOOL(IdentifierKind.BRIN),
  /** A municipality, identified by its CBS code (e.g. GM0599). */
  MUNICIPALITY(IdentifierKind.CBS),
  /** A care partner (wijkteam, GGZ, youth care, ...), identified by its KvK number. */
  CARE_PARTNER(IdentifierKind.KVK),
  /** Anything else (an employer, a housing corporation); a KvK number is optional. */
  OTHER(IdentifierKind.KVK_OPTIONAL);

  /** Which identifier an organisation of a type carries. */
  public enum IdentifierKind {
    BRIN,
    CBS,
    KVK,
    KVK_OPTIONAL
  }

  private final IdentifierKind identifierKind;

  OrganisationType(IdentifierKind identifierKind) {
    this.identifierKind = identifierKind;
  }

  public IdentifierKind identifierKind() {
    return identifierKind;
  }
}
