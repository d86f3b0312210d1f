package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.referral.figures.FigureRow;
import nl.regioportal.referral.figures.Figures;
import nl.regioportal.web.faces.PageMessages;

/**
 * How the pages show referral figures (the referral figures page and the governance snapshots): the
 * region, then per life domain, then per municipality of residence, each as a table; the template
 * {@code /WEB-INF/templates/figures-tables.xhtml} renders them.
 */
@Named
@RequestScoped
public class FiguresTables {

  @Inject PageMessages messages;

  /**
   * One table of the page.
   *
   * @param heading the message key of its heading
   * @param column the message key of its first column
   */
  public record Table(String id, String heading, String column, List<FigureRow> rows) {}

  /** The region, then per life domain, then per municipality of residence. */
  public List<Table> of(Figures figures) {
    if (figures == null) {
      return List.of();
    }
    return List.of(
        new Table("total", "figures.region", "figures.col.region", List.of(figures.total())),
        new Table(
            "domains", "figures.byLifeDomain", "figures.col.lifeDomain", figures.byLifeDomain()),
        new Table(
            "municipalities",
            "figures.byMunicipality",
            "figures.col.municipality",
            figures.byMunicipality()));
  }

  /** A line's name in the page's language ("the region" for the total). */
  public String name(FigureRow row) {
    if (Figures.TOTAL.equals(row.code())) {
      return messages.text("figures.region");
    }
    return "en".equals(messages.locale().getLanguage()) ? row.nameEn() : row.nameNl();
  }

  /** A rate or time as shown: the value with its unit, or a dash when it is hidden. */
  public String shown(String value, String unit) {
    return value == null ? "–" : value + " " + unit;
  }

  /**
   * The width of a line's bar in a chart of {@code rows}' submitted counts, in percent of the
   * largest shown; 0 for a count not shown as a number ({@code <5}, {@code x}).
   */
  public int bar(FigureRow row, List<FigureRow> rows) {
    long max =
        rows.stream()
            .map(FigureRow::submitted)
            .filter(v -> v.matches("\\d+"))
            .mapToLong(Long::parseLong)
            .max()
            .orElse(0);
    if (max == 0 || !row.submitted().matches("\\d+")) {
      return 0;
    }
    return (int) Math.round(Long.parseLong(row.submitted()) * 100.0 / max);
  }
}
