package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportal.referral.application.ReferralFigures;
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
