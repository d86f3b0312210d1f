package nl.regioportal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A place where an organisation works: street and number, postal code, city. Immutable. */
@Embeddable
public class Location {

  @Column(name = "label", length = 120)
  private String label;

  @Column(name = "street", nullable = false, length = 200)
  private String street;

  @Column(name = "postal_code", nullable = false, length = 7)
  private String postalCode;

  @Column(name = "city", nullable = false, length = 120)
  private String city;

  protected Location() {}

  /** Values must have passed {@link OrganisationRules}; the postal code is normalised there. */
  public Location(String label, String street, String postalCode, String city) {
    this.label = label;
    this.street = Objects.requireNonNull(street, "street is required");
    this.postalCode = Objects.requireNonNull(postalCode, "postalCode is required");
    this.city = Objects.requireNonNull(city, "city is required");
  }

  public String label() {
    return label;
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l
        && Objects.equals(label, l.label)
        && street.equals(l.street)
        && postalCode.equals(l.postalCode)
        && city.equals(l.city);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, street, postalCode, city);
  }
}
