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
 * <p>Texts come from a small label table in this package (the web module's message bundles are not
 * visible here); money for people is formatted from {@link java.math.BigDecimal} by {@link
 * nl.regioportal.funding.export.MoneyFormat}, never through floating point.
 */
package nl.regioportal.funding.export;
