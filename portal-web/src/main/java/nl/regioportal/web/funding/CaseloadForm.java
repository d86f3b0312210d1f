package nl.regioportal.web.funding;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regioportal.funding.application.CaseloadFromReferrals;
import nl.regioportal.organisation.application.OrganisationSummary;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.faces.PageMessages;

/**
 * The coordinator's request for the caseload by residence from referrals, on the indicator library
 * page and in the key editor: a period (native date fields) and optionally the receiving
 * organisation (the team the arrangement pays for). Counting stores the set in the library; a wrong
 * period or organisation is said at its field and nothing is stored.
 */
public class CaseloadForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form's fields by the service's field names. */
  private static final Map<String, String> FIELDS =
      Map.of("from", "caseloadFrom", "to", "caseloadTo", "organisationId", "caseloadOrganisation");

  private String from;
  private String to;
  private Long organisationId;

  /**
   * Counts and stores; the result, or empty when the input was refused (said at the fields of
   * {@code formId}).
   */
  Optional<CaseloadFromReferrals.Counted> count(
      CaseloadFromReferrals service, PageMessages messages, String formId) {
    try {
      CaseloadFromReferrals.Counted c =
          service.count(ReportingPeriod.parse(from, to), organisationId);
      messages.info(
          "figures.caseload.stored",
          c.total(),
          c.values().size(),
          c.set().referenceDate().toString());
      return Optional.of(c);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        messages.violation(
            formId, new Violation(FIELDS.getOrDefault(v.field(), v.field()), v.key(), v.args()));
      }
      return Optional.empty();
    }
  }

  /** Every receiver, then the region's active organisations by name. */
  static List<SelectItem> organisationOptions(
      List<OrganisationSummary> organisations, PageMessages messages) {
    List<SelectItem> out = new ArrayList<>();
    out.add(new SelectItem(null, messages.text("figures.caseload.allReceivers")));
    for (OrganisationSummary o : organisations) {
      out.add(new SelectItem(o.id(), o.name()));
    }
    return out;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }
}
