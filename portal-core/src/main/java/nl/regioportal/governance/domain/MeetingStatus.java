package nl.regioportal.governance.domain;

/**
 * Where a meeting stands: planned, its agenda published, held, its minutes approved; or cancelled.
 */
public enum MeetingStatus {
  PLANNED,
  AGENDA_PUBLISHED,
  HELD,
  MINUTES_APPROVED,
  CANCELLED;

  /** Not yet held nor cancelled: it may still move, and its agenda may still change. */
  public boolean isUpcoming() {
    return this == PLANNED || this == AGENDA_PUBLISHED;
  }
}
