package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A person or desk to contact for a service (HSDS contact). Internal contacts are shown to
 * signed-in members of the region only.
 */
@Embeddable
public class Contact {

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "title", length = 200)
  private String title;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "internal", nullable = false)
  private boolean internal;

  protected Contact() {}

  public Contact(
      String publicId, String name, String title, String email, String phone, boolean internal) {
    this.publicId = Objects.requireNonNull(publicId);
    this.name = Objects.requireNonNull(name);
    this.title = title;
    this.email = email;
    this.phone = phone;
    this.internal = internal;
  }

  public String publicId() {
    return publicId;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public boolean internal() {
    return internal;
  }

  @Override
  public String toString() {
    return name + (title == null ? "" : ", " + title) + (internal ? " [intern]" : "");
  }
}
