/**
 * Exports of one version of a funding key, for people and for machines: a CSV of the whole key
 * ({@link nl.regioportal.funding.export.FundingCsvExport}), an Excel workbook with the key, the
 * derivation and the sources ({@link nl.regioportal.funding.export.FundingWorkbookExport}), and a
 * PDF statement per municipality ({@link nl.regioportal.funding.export.FundingStatementPdf}).
 *
 * <p>Pure functions: each takes a {@link nl.regioportal.funding.application.VersionDetails} as the
 * reader may see it (suppressed small counts already replaced by {@code <5}) and a {@link
 * java.util.Locale} (Dutch by default, English for language {@code en}), and writes to an {@link
 * java.io.OutputStream} it does not close. No CDI, no persistence. Every export first checks that
 * the municipalities' amounts add up to the version's total, and refuses the version otherwise.
 *
 * <p>Suppressed small counts: the exports show only what the version gives the reader, {@link
 * nl.regioportal.funding.application.LineView#shownValue()} and {@link
 * nl.regioportal.funding.application.LineView#shownShare()}, never the line's raw value or the
 * basis total. They do show each line's amount before rounding, as the REST API does, because the
 * derivation must add up to the amount. Note that these amounts can give a suppressed count away:
 * two municipalities' amounts for the same part are in the ratio of their values, and one of those
 * values is shown. Hiding more is a decision for the application service that builds the view, not
 * for the exports.
 *
 * <p>Texts come from a small label table in this package (the web module's message bundles are not
 * visible here); money for people is formatted from {@link java.math.BigDecimal} by {@link
 * nl.regioportal.funding.export.MoneyFormat}, never through floating point.
 */
package nl.regioportal.funding.export;
