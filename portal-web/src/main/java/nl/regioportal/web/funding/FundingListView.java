package nl.regioportal.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.funding.application.ArrangementSummary;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.web.faces.PageMessages;

/** The region's cost-sharing arrangements ({@code /r/{region}/funding}). */
@Named
@RequestScoped
public class FundingListView {

  @Inject FundingService service;
  @Inject PageMessages messages;

  private List<ArrangementSummary> arrangements;

  public List<ArrangementSummary> getArrangements() {
    if (arrangements == null) {
      try {
        arrangements = service.arrangements();
      } catch (nl.regioportal.shared.AccessDeniedException e) {
        // e.g. a policy officer whose organisation has no municipality code: say so, show none
        messages.error(null, "funding.noMunicipality");
        arrangements = List.of();
      }
    }
    return arrangements;
  }
}
