package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A phone number of a service (HSDS phone). An internal number (a professional's direct line) is
 * shown to signed-in members of the region only, never in open data.
 */
@Embeddable
public class Phone {

  /** HSDS phone types the portal uses. */
  public enum Kind {
    VOICE,
    TEXT,
    FAX
  }

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "number", nullable = false, length = 40)
  private String number;

  @Column(name = "kind", nullable = false, length = 10)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(name = "description", length = 200)
  private String description;

  @Column(name = "internal", nullable = false)
  private boolean internal;

  protected Phone() {}

  public Phone(String publicId, String number, Kind kind, String description, boolean internal) {
    this.publicId = Objects.requireNonNull(publicId);
    this.number = Objects.requireNonNull(number);
    this.kind = Objects.requireNonNull(kind);
    this.description = description;
    this.internal = internal;
  }

  public String publicId() {
    return publicId;
  }

  public String number() {
    return number;
  }

  public Kind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public boolean internal() {
    return internal;
  }

  @Override
  public String toString() {
    return number
        + (description == null ? "" : " (" + description + ")")
        + (internal ? " [intern]" : "");
  }
}
