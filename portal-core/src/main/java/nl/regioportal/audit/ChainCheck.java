package nl.regioportal.audit;

import java.util.Optional;

/**
 * The outcome of {@link AuditChain#verify}: how many entries were checked and, when the chain is
 * broken, the first entry where it breaks and why.
 *
 * @param region the region whose chain was checked
 * @param checked how many entries were found intact before the first break (all of them when ok)
 * @param headSeq the last seq the region's head names
 * @param broken the first break; empty when the chain is whole
 */
public record ChainCheck(String region, long checked, long headSeq, Optional<Break> broken) {

  /** Why a chain is broken. */
  public enum Kind {
    /** Entry {@code seq} is not there: the next one found has a higher seq (removed). */
    MISSING,
    /** An entry with a lower seq than expected turns up (duplicated or renumbered). */
    OUT_OF_ORDER,
    /** Entry {@code seq}'s {@code prev_hash} is not the hash of the entry before it. */
    LINK,
    /** Entry {@code seq}'s fields do not give its hash (changed). */
    CHANGED,
    /** The entries from {@code seq} to the head's are not there (removed at the end). */
    END_MISSING,
    /** The last entry's hash is not the head's (the last entry was replaced). */
    HEAD
  }

  /**
   * Where and why the chain breaks.
   *
   * @param seq the first entry that is not as it should be (for MISSING: the seq expected)
   * @param detail an English sentence for the log; pages show a text per kind
   */
  public record Break(long seq, Kind kind, String detail) {}

  public boolean ok() {
    return broken.isEmpty();
  }

  static ChainCheck whole(String region, long checked, long headSeq) {
    return new ChainCheck(region, checked, headSeq, Optional.empty());
  }

  static ChainCheck brokenAt(
      String region, long checked, long headSeq, long seq, Kind kind, String detail) {
    return new ChainCheck(region, checked, headSeq, Optional.of(new Break(seq, kind, detail)));
  }
}
