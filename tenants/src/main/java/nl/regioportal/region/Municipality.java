package nl.regioportal.region;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.regioportal.tenant.MunicipalityCode;

/** A Dutch municipality (gemeente) by its CBS code. Global reference data. */
@Entity
@Cacheable
@Table(name = "municipality")
public class Municipality {

  @Id
  @Column(name = "code", length = 6)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  protected Municipality() {}

  public Municipality(MunicipalityCode code, String name) {
    this.code = Objects.requireNonNull(code, "code is required").value();
    rename(name);
  }

  public MunicipalityCode code() {
    return new MunicipalityCode(code);
  }

  public String name() {
    return name;
  }

  void rename(String newName) {
    Objects.requireNonNull(newName, "name is required");
    if (newName.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    this.name = newName.trim();
  }
}
