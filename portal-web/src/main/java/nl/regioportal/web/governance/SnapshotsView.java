package nl.regioportal.web.governance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioportal.governance.application.FiguresSnapshots;
import nl.regioportal.referral.figures.ReportingPeriod;
import nl.regioportal.web.faces.NavigationView;
import nl.regioportal.web.faces.PageMessages;

/**
 * Figures for the table (issue 11, point 6): the region's figures snapshots, one of them shown
 * ({@code ?snapshot=}) with its tables and a chart of the referrals per municipality of residence;
 * for the coordinators the form that takes a snapshot of a period. Small counts show as {@code <5},
 * the counts that would give them away as {@code x}; a snapshot on an agenda is frozen.
 */
@Named
@ViewScoped
public class SnapshotsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FiguresSnapshots snapshots;
  @Inject PageMessages messages;
  @Inject NavigationView nav;

  private transient List<FiguresSnapshots.Snapshot> list;
  private transient FiguresSnapshots.Snapshot shown;
  private Long selected;
  private final GovernanceForm form = new GovernanceForm("newSnapshot");

  /** The page's view action: the snapshot named in the address, else the newest. */
  public void load() {
    String id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("snapshot");
    if (id != null && id.matches("\\d{1,18}")) {
      selected = Long.valueOf(id);
      shown = snapshots.get(selected);
    } else if (!getSnapshots().isEmpty()) {
      shown = getSnapshots().get(0);
      selected = shown.id();
    }
    if (form.values().isEmpty()) {
      LocalDate today = LocalDate.now(ReportingPeriod.DUTCH_TIME);
      form.values().put("from", today.withDayOfYear(1).toString());
      form.values().put("to", today.toString());
    }
  }

  public List<FiguresSnapshots.Snapshot> getSnapshots() {
    if (list == null) {
      list = snapshots.list();
    }
    return list;
  }

  public FiguresSnapshots.Snapshot getShown() {
    if (shown == null && selected != null) {
      shown = snapshots.get(selected);
    }
    return shown;
  }

  public Map<String, Object> getForm() {
    return form.values();
  }

  /** Takes the snapshot and shows it. */
  public void take() throws IOException {
    LocalDate from = form.date(messages, "from");
    LocalDate to = form.date(messages, "to");
    if (!form.parsed()) {
      return;
    }
    var s =
        snapshots.create(
            form.text("label"),
            ReportingPeriod.parse(
                from == null ? null : from.toString(), to == null ? null : to.toString()));
    messages.infoAfterRedirect("snapshots.taken", s.label());
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(nav.url("meetings/figures") + "?snapshot=" + s.id());
  }

  public void remove(FiguresSnapshots.Snapshot s) throws IOException {
    snapshots.remove(s.id());
    messages.infoAfterRedirect("snapshots.removed", s.label());
    FacesContext.getCurrentInstance().getExternalContext().redirect(nav.url("meetings/figures"));
  }
}
