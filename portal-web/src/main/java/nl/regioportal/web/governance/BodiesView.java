package nl.regioportal.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.regioportal.governance.application.BodyView;
import nl.regioportal.governance.application.GoverningBodies;

/**
 * The region's governing bodies (issue 11, point 1): each body with its seats and who holds each
 * seat today, read once per request. Every member of the region may see it; changes go through the
 * API ({@code /api/v1/regions/{region}/bodies}) for now.
 */
@Named
@RequestScoped
public class BodiesView {

  @Inject GoverningBodies bodies;

  private List<BodyView> list;

  /** The bodies, as the service orders them. */
  public List<BodyView> getBodies() {
    if (list == null) {
      list = bodies.list();
    }
    return list;
  }

  /** Whom the seat is held by today, or {@code null} when it is vacant. */
  public BodyView.Term holder(BodyView.Seat seat) {
    return seat.current().orElse(null);
  }
}
