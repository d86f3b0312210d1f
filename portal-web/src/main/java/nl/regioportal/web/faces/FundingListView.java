package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.funding.application.ArrangementSummary;
import nl.regioportal.funding.application.FundingService;

/** The region's cost-sharing arrangements ({@code /r/{region}/funding}). */
@Named
@RequestScoped
public class FundingListView {

  @Inject FundingService service;

  private List<ArrangementSummary> arrangements;

  public List<ArrangementSummary> getArrangements() {
    if (arrangements == null) {
      arrangements = service.arrangements();
    }
    return arrangements;
  }
}
