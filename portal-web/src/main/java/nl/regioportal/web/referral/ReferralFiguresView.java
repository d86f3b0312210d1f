package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportal.referral.application.ReferralFigures;
import nl.regioportal.referral.figures.FigureRow;
import nl.regioportal.referral.figures.Figures;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.web.faces.PageMessages;
import nl.regioportal.web.i18n.Texts;

/**
 * The referral figures ({@code /r/{region}/referrals/figures?from=&to=}), for coordinators and
 * policy officers: a plain GET form for the period (so a period is a link one can keep; this year
 * so far by default), then the lines for the region, per life domain and per municipality of
 * residence, small counts as {@code <5}. A wrong period is said above the form.
 */
@Named
@RequestScoped
public class ReferralFiguresView {

  @Inject ReferralFigures service;
  @Inject PageMessages messages;

  private String from;
  private String to;
  private Figures figures;
  private List<String> problems = List.of();

  /** Reads the period and counts. */
  public void load() {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    LocalDate today = LocalDate.now(ReportingPeriod.DUTCH_TIME);
    from = blankTo(p.get("from"), today.withDayOfYear(1).toString());
    to = blankTo(p.get("to"), today.toString());
    try {
      figures = service.figures(ReportingPeriod.parse(from, to));
    } catch (InvalidInputException e) {
      problems = e.violations().stream().map(v -> Texts.text(messages.locale(), v)).toList();
    }
  }

  private static String blankTo(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value.strip();
  }

  /**
   * One table of the page.
   *
   * @param heading the message key of its heading
   * @param column the message key of its first column
   */
  public record Table(String id, String heading, String column, List<FigureRow> rows) {}

  /** The region, then per life domain, then per municipality of residence. */
  public List<Table> getTables() {
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

  public Figures getFigures() {
    return figures;
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }
}
