package nl.regioportal.directory.domain;

/**
 * Whom a service serves on either side of the 18 boundary, where Dutch youth care (Jeugdwet) ends
 * and adult provisions (Wmo, Participatiewet) begin: youth up to and including 17, adults from 18,
 * or both. A service may narrow its ages further within its group.
 */
public enum AgeGroup {
  /** Under 18: youth services. */
  YOUTH(0, 17),
  /** 18 and over: adult services. */
  ADULT(18, 120),
  /** Both sides of the boundary. */
  ALL(0, 120);

  /** The age of majority, where youth services stop and adult services start. */
  public static final int BOUNDARY = 18;

  private final int youngest;
  private final int oldest;

  AgeGroup(int youngest, int oldest) {
    this.youngest = youngest;
    this.oldest = oldest;
  }

  public int youngest() {
    return youngest;
  }

  public int oldest() {
    return oldest;
  }
}
