package nl.regioportal.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One weekly time range of a service (HSDS schedule with {@code freq=WEEKLY}, {@code byday}): when
 * it is open, or when one can walk in without an appointment. Times are local, {@code HH:mm}.
 */
@Embeddable
public class ScheduleLine {

  /** Opening hours, or walk-in hours (inloopspreekuur). */
  public enum Kind {
    OPEN,
    WALK_IN
  }

  /** The days of the week, as HSDS (iCalendar) names them. */
  public enum Day {
    MO,
    TU,
    WE,
    TH,
    FR,
    SA,
    SU
  }

  @Column(name = "public_id", nullable = false, length = 36)
  private String publicId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "weekday", nullable = false, length = 2)
  private Day day;

  @Column(name = "opens_at", nullable = false, length = 5)
  private String opensAt;

  @Column(name = "closes_at", nullable = false, length = 5)
  private String closesAt;

  @Column(name = "description", length = 200)
  private String description;

  protected ScheduleLine() {}

  public ScheduleLine(
      String publicId, Kind kind, Day day, String opensAt, String closesAt, String description) {
    this.publicId = Objects.requireNonNull(publicId);
    this.kind = Objects.requireNonNull(kind);
    this.day = Objects.requireNonNull(day);
    this.opensAt = Objects.requireNonNull(opensAt);
    this.closesAt = Objects.requireNonNull(closesAt);
    this.description = description;
  }

  public String publicId() {
    return publicId;
  }

  public Kind kind() {
    return kind;
  }

  public Day day() {
    return day;
  }

  public String opensAt() {
    return opensAt;
  }

  public String closesAt() {
    return closesAt;
  }

  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return kind + " " + day + " " + opensAt + "-" + closesAt;
  }
}
