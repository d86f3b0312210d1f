package nl.regioportal.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.OpenItem;
import nl.regioportal.funding.application.OpenWork;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.region.Municipality;
import nl.regioportal.region.RegionDirectory;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.faces.OwnFirst;

/**
 * The region's start page: first what the signed-in person must do (their open work), then what the
 * region holds at a glance.
 */
@Named
@RequestScoped
public class DashboardView {

  @Inject OrganisationService organisations;
  @Inject FundingService funding;
  @Inject RegionDirectory regions;
  @Inject TenantContext tenant;
  @Inject nl.regioportal.governance.application.Meetings meetings;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private Map<OrganisationType, Long> counts;
  private List<Municipality> municipalities;
  private OpenWork openWork;
  private List<nl.regioportal.governance.application.MeetingView.Action> actions;

  @PostConstruct
  void load() {
    counts = organisations.countsByType();
    openWork = funding.openWork();
    actions = meetings.actions(null, true, true);
    municipalities =
        OwnFirst.sort(
            regions.municipalitiesOf(tenant.require(), LocalDate.now()),
            m -> m.code().value(),
            openWork.ownMunicipality());
  }

  public long count(String type) {
    return counts.getOrDefault(OrganisationType.valueOf(type), 0L);
  }

  public long getTotal() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The region's municipalities today; a policy officer's own first. */
  public List<Municipality> getMunicipalities() {
    return municipalities;
  }

  /**
   * The governance actions the signed-in person owns that are not done, earliest deadline first.
   */
  public List<nl.regioportal.governance.application.MeetingView.Action> getActions() {
    return actions;
  }

  /** How many things wait for the signed-in person: funding work and own actions. */
  public int getOpenCount() {
    return openWork.size() + actions.size();
  }

  public OpenWork getOpenWork() {
    return openWork;
  }

  /** Is this the policy officer's own municipality? */
  public boolean isOwn(String code) {
    return code != null && code.equals(openWork.ownMunicipality());
  }

  /** A day as the pages show it (31-12-2026). */
  public String date(LocalDateTime at) {
    return at == null ? "" : DAY.format(at);
  }

  public String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** The names of the municipalities no organisation speaks for, for a decision item. */
  public String withoutReviewer(OpenItem item) {
    return String.join(
        ", ",
        item.withoutReviewer().stream()
            .map(
                c ->
                    nl.regioportal.tenant.MunicipalityCode.parseLenient(c)
                        .flatMap(regions::municipality)
                        .map(Municipality::name)
                        .orElse(c))
            .toList());
  }
}
