package nl.regioportal.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import nl.regioportal.tenant.MunicipalityCode;
import nl.regioportal.tenant.RegionCode;

/**
 * That a municipality belongs to a region from {@code validFrom} up to and including {@code
 * validTo} ({@code null}: still valid). Municipal mergers and region splits close one membership
 * and open another; rows are never rewritten otherwise.
 *
 * <p>Invariant: {@code validTo}, when set, is not before {@code validFrom}.
 */
@Entity
@Table(name = "municipality_region")
public class MunicipalityMembership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "region_code", nullable = false, length = 2)
  private String regionCode;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "source", length = 200)
  private String source;

  protected MunicipalityMembership() {}

  public MunicipalityMembership(
      MunicipalityCode municipality, RegionCode region, LocalDate validFrom, String source) {
    this.municipalityCode =
        Objects.requireNonNull(municipality, "municipality is required").value();
    this.regionCode = Objects.requireNonNull(region, "region is required").value();
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom is required");
    this.source = source;
  }

  public MunicipalityCode municipality() {
    return new MunicipalityCode(municipalityCode);
  }

  public RegionCode region() {
    return new RegionCode(regionCode);
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public String source() {
    return source;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** Ends this membership on {@code lastDay} (inclusive). */
  void endOn(LocalDate lastDay) {
    if (lastDay.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "A membership cannot end (" + lastDay + ") before it starts (" + validFrom + ")");
    }
    this.validTo = lastDay;
  }
}
