package nl.regioportal.funding.export;

import java.util.Locale;
import java.util.Map;
import nl.regioportal.funding.application.VersionDetails;
import nl.regioportal.funding.domain.BasisCatalogue;
import nl.regioportal.funding.domain.LockReason;
import nl.regioportal.funding.domain.ReviewDecision;
import nl.regioportal.funding.domain.VersionStatus;
import nl.regioportal.funding.engine.Share.Bound;

/**
 * The texts of the exports, per language: Dutch (the default) and English. Kept here because the
 * web module's message bundles are not on portal-core's class path.
 */
final class Labels {

  static final Map<String, String> NL =
      Map.ofEntries(
          Map.entry("title.year", "Begrotingsjaar"),
          Map.entry("title.version", "Versie"),
          Map.entry("title.status", "Status"),
          Map.entry("title.total", "Totaal"),
          Map.entry("status.DRAFT", "concept"),
          Map.entry("status.PUBLISHED", "gepubliceerd ter beoordeling"),
          Map.entry("status.LOCKED", "vastgesteld"),
          Map.entry("status.SUPERSEDED", "vervangen door een latere versie"),
          Map.entry("lock.ALL_APPROVED", "alle gemeenten akkoord"),
          Map.entry("lock.GOVERNANCE_DECISION", "bestuursbesluit"),
          Map.entry("col.code", "Code"),
          Map.entry("col.name", "Gemeente"),
          Map.entry("col.amount", "Bedrag"),
          Map.entry("col.exact", "Exact bedrag"),
          Map.entry("col.rounding", "Afronding (cent)"),
          Map.entry("col.bound", "Grens"),
          Map.entry("col.review", "Beoordeling"),
          Map.entry("col.partValue", "waarde"),
          Map.entry("col.partAmount", "bedrag"),
          Map.entry("col.part", "Deel"),
          Map.entry("col.basis", "Grondslag"),
          Map.entry("col.percent", "Percentage"),
          Map.entry("col.partTotal", "Deelbedrag"),
          Map.entry("col.value", "Waarde"),
          Map.entry("col.basisShare", "Aandeel in grondslag"),
          Map.entry("col.beforeRounding", "Bedrag vóór afronding"),
          Map.entry("col.indicator", "Indicator"),
          Map.entry("col.source", "Bron"),
          Map.entry("col.referenceDate", "Peildatum"),
          Map.entry("bound.NONE", "geen"),
          Map.entry("bound.MINIMUM", "minimum"),
          Map.entry("bound.MAXIMUM", "maximum"),
          Map.entry("review.APPROVED", "akkoord"),
          Map.entry("review.OBJECTED", "bezwaar"),
          Map.entry("review.none", "nog niet beoordeeld"),
          Map.entry("row.total", "Totaal"),
          Map.entry("row.versionTotal", "Totaal van de versie"),
          Map.entry("row.check", "Controle: bedragen = totaal van de versie"),
          Map.entry("check.ok", "klopt"),
          Map.entry("check.differs", "WIJKT AF"),
          Map.entry("row.boundAdjustment", "Correctie voor grenzen"),
          Map.entry("row.roundingAdjustment", "Afronding op centen"),
          Map.entry("row.amount", "Bedrag"),
          Map.entry("value.notShown", "niet getoond"),
          Map.entry("sheet.shares", "Verdeling"),
          Map.entry("sheet.derivation", "Toelichting"),
          Map.entry("sheet.sources", "Bronnen"),
          Map.entry("pdf.title", "Bijdrage volgens de verdeelsleutel"),
          Map.entry("pdf.arrangement", "Regeling"),
          Map.entry("pdf.amountOf", "Bijdrage van"),
          Map.entry("pdf.derivation", "Berekening"),
          Map.entry("pdf.wholeKey", "De hele verdeling"),
          Map.entry("pdf.review", "Beoordeling"),
          Map.entry("pdf.reviewOwn", "Beoordeling door de gemeente"),
          Map.entry("pdf.reviewProgress", "%d van %d gemeenten akkoord, %d met bezwaar"),
          Map.entry("pdf.reviewedOn", "op"),
          Map.entry(
              "pdf.footer",
              "Berekend met exacte breuken; afgerond op centen volgens de methode van de grootste"
                  + " overschotten"));

  static final Map<String, String> EN =
      Map.ofEntries(
          Map.entry("title.year", "Budget year"),
          Map.entry("title.version", "Version"),
          Map.entry("title.status", "Status"),
          Map.entry("title.total", "Total"),
          Map.entry("status.DRAFT", "draft"),
          Map.entry("status.PUBLISHED", "published for review"),
          Map.entry("status.LOCKED", "locked"),
          Map.entry("status.SUPERSEDED", "superseded by a later version"),
          Map.entry("lock.ALL_APPROVED", "all municipalities approved"),
          Map.entry("lock.GOVERNANCE_DECISION", "governance decision"),
          Map.entry("col.code", "Code"),
          Map.entry("col.name", "Municipality"),
          Map.entry("col.amount", "Amount"),
          Map.entry("col.exact", "Exact amount"),
          Map.entry("col.rounding", "Rounding (cents)"),
          Map.entry("col.bound", "Bound"),
          Map.entry("col.review", "Review"),
          Map.entry("col.partValue", "value"),
          Map.entry("col.partAmount", "amount"),
          Map.entry("col.part", "Part"),
          Map.entry("col.basis", "Basis"),
          Map.entry("col.percent", "Percent"),
          Map.entry("col.partTotal", "Part amount"),
          Map.entry("col.value", "Value"),
          Map.entry("col.basisShare", "Share of basis"),
          Map.entry("col.beforeRounding", "Amount before rounding"),
          Map.entry("col.indicator", "Indicator"),
          Map.entry("col.source", "Source"),
          Map.entry("col.referenceDate", "Reference date"),
          Map.entry("bound.NONE", "none"),
          Map.entry("bound.MINIMUM", "minimum"),
          Map.entry("bound.MAXIMUM", "maximum"),
          Map.entry("review.APPROVED", "approved"),
          Map.entry("review.OBJECTED", "objected"),
          Map.entry("review.none", "not yet reviewed"),
          Map.entry("row.total", "Total"),
          Map.entry("row.versionTotal", "Version total"),
          Map.entry("row.check", "Check: amounts = version total"),
          Map.entry("check.ok", "OK"),
          Map.entry("check.differs", "DIFFERS"),
          Map.entry("row.boundAdjustment", "Bound adjustment"),
          Map.entry("row.roundingAdjustment", "Rounding to cents"),
          Map.entry("row.amount", "Amount"),
          Map.entry("value.notShown", "not shown"),
          Map.entry("sheet.shares", "Shares"),
          Map.entry("sheet.derivation", "Derivation"),
          Map.entry("sheet.sources", "Sources"),
          Map.entry("pdf.title", "Contribution under the funding key"),
          Map.entry("pdf.arrangement", "Arrangement"),
          Map.entry("pdf.amountOf", "Contribution of"),
          Map.entry("pdf.derivation", "Derivation"),
          Map.entry("pdf.wholeKey", "The whole key"),
          Map.entry("pdf.review", "Review"),
          Map.entry("pdf.reviewOwn", "Review by the municipality"),
          Map.entry("pdf.reviewProgress", "%d of %d municipalities approved, %d objected"),
          Map.entry("pdf.reviewedOn", "on"),
          Map.entry(
              "pdf.footer",
              "Calculated with exact fractions; rounded to cents by the largest remainder method"));

  private static final Labels DUTCH =
      new Labels(NL, Locale.forLanguageTag("nl-NL"), BasisCatalogue.builtIn());
  private static final Labels ENGLISH =
      new Labels(EN, Locale.forLanguageTag("en-GB"), BasisCatalogue.builtIn());

  private final Map<String, String> texts;
  private final Locale locale;
  private final BasisCatalogue bases;

  private Labels(Map<String, String> texts, Locale locale, BasisCatalogue bases) {
    this.texts = texts;
    this.locale = locale;
    this.bases = bases;
  }

  /** English for language {@code en}, Dutch for anything else (and for {@code null}). */
  static Labels of(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : DUTCH;
  }

  /** The texts of {@link #of(Locale)}, with the labels of a version's bases. */
  static Labels of(Locale requested, VersionDetails version) {
    Labels l = of(requested);
    return new Labels(l.texts, l.locale, version.bases());
  }

  /** Whether these are the English texts. */
  boolean english() {
    return texts == EN;
  }

  /** The locale to format numbers and dates with: {@code nl-NL} or {@code en-GB}. */
  Locale locale() {
    return locale;
  }

  String get(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("No export label " + key);
    }
    return text;
  }

  String status(VersionStatus status) {
    return get("status." + status.name());
  }

  String lockReason(LockReason reason) {
    return get("lock." + reason.name());
  }

  String bound(Bound bound) {
    return get("bound." + bound.name());
  }

  /** The review decision, or "not yet reviewed" for {@code null}. */
  String review(ReviewDecision decision) {
    return decision == null ? get("review.none") : get("review." + decision.name());
  }

  /**
   * A part's basis or an indicator for people: its label in this language ("Gelijke delen" / "Equal
   * shares" for {@link nl.regioportal.funding.engine.KeyPart#EQUAL}); a code outside the catalogue
   * as it is.
   */
  String basis(String basis) {
    return bases.label(basis, locale);
  }
}
