package nl.regioportal.shared;

/**
 * The portal's one rule for small numbers in what coordinators and policy officers read: a count of
 * 1 to 4 people is shown as {@value #UNDER_FIVE}, because so few can point at a person; 0 stays 0.
 * Anything worked out from such a count (a rate, a time) is hidden with it.
 */
public final class SmallNumbers {

  /** The smallest count shown as it is (besides 0). */
  public static final int THRESHOLD = 5;

  /** What a suppressed count shows. */
  public static final String UNDER_FIVE = "<5";

  /**
   * What a count hidden to protect a small one shows (secondary suppression, {@link
   * SecondarySuppression}): "x", as CBS marks figures withheld ("geheim").
   */
  public static final String WITHHELD = "x";

  private SmallNumbers() {}

  /** 1 to 4: a count to suppress. */
  public static boolean isSmall(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /** The count as a reader sees it: {@code "0"}, {@value #UNDER_FIVE} or the number. */
  public static String shown(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count is not negative: " + count);
    }
    return isSmall(count) ? UNDER_FIVE : Long.toString(count);
  }
}
