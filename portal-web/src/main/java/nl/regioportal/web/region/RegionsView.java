package nl.regioportal.web.region;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.region.Region;
import nl.regioportal.web.faces.NavigationView;

/** The region chooser: the regions the caller may enter. */
@Named
@RequestScoped
public class RegionsView {

  @Inject NavigationView nav;

  public List<Region> getRegions() {
    return nav.getSwitchableRegions();
  }
}
