package nl.regioportal.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A participating municipality of a stored key, with its optional bounds in cents. */
@Embeddable
public class ParticipantRow {

  @Column(name = "seq", nullable = false)
  private int seq;

  @Column(name = "municipality_code", nullable = false, length = 6)
  private String municipalityCode;

  @Column(name = "minimum_cents")
  private Long minimumCents;

  @Column(name = "maximum_cents")
  private Long maximumCents;

  protected ParticipantRow() {}

  public ParticipantRow(String municipalityCode, Long minimumCents, Long maximumCents) {
    this(0, municipalityCode, minimumCents, maximumCents);
  }

  ParticipantRow(int seq, String municipalityCode, Long minimumCents, Long maximumCents) {
    this.seq = seq;
    this.municipalityCode = municipalityCode;
    this.minimumCents = minimumCents;
    this.maximumCents = maximumCents;
  }

  ParticipantRow at(int position) {
    return new ParticipantRow(position, municipalityCode, minimumCents, maximumCents);
  }

  public int seq() {
    return seq;
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
