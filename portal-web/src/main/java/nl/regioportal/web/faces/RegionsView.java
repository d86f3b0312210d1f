package nl.regioportal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.region.Region;

/** The region chooser: the regions the caller may enter. */
@Named
@RequestScoped
public class RegionsView {

  @Inject NavigationView nav;

  public List<Region> getRegions() {
    return nav.getSwitchableRegions();
  }
}
