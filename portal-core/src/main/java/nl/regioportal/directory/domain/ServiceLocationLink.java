package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** That a service is given at a location (HSDS service_at_location), with its own HSDS id. */
@Embeddable
public class ServiceLocationLink {

  @Column(name = "location_id", nullable = false)
  private long locationId;

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  protected ServiceLocationLink() {}

  public ServiceLocationLink(long locationId, String publicId) {
    this.locationId = locationId;
    this.publicId = Objects.requireNonNull(publicId);
  }

  public long locationId() {
    return locationId;
  }

  public String publicId() {
    return publicId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceLocationLink l && l.locationId == locationId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(locationId);
  }
}
