package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A participating municipality of a stored key, with its optional bounds in cents. */
@Embeddable
public class ParticipantRow {

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "minimum_cents")
  private Long minimumCents;

  @Column(name = "maximum_cents")
  private Long maximumCents;

  protected ParticipantRow() {}

  public ParticipantRow(String municipalityCode, Long minimumCents, Long maximumCents) {
    this.municipalityCode = municipalityCode;
    this.minimumCents = minimumCents;
    this.maximumCents = maximumCents;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public Long minimumCents() {
    return minimumCents;
  }

  public Long maximumCents() {
    return maximumCents;
  }
}
