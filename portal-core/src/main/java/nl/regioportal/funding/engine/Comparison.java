package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Two results side by side, e.g. the current key and a proposed one.
 *
 * @param totalCentsA the total of result A
 * @param totalCentsB the total of result B
 * @param rows one per municipality: first A's in A's order, then those only in B, in B's order
 */
public record Comparison(long totalCentsA, long totalCentsB, List<Row> rows) {

  public Comparison {
    rows = List.copyOf(rows);
  }

  /**
   * One municipality in both results.
   *
   * @param code the municipality
   * @param amountCentsA its amount in A, or {@code null} if it is not in A
   * @param amountCentsB its amount in B, or {@code null} if it is not in B
   * @param differenceCents {@code B − A}, a missing side counting as 0
   * @param differencePercent {@code (B − A) / A × 100}, scale 2, HALF_UP; {@code null} ("n/a") when
   *     A is 0 or missing
   */
  public record Row(
      String code,
      Long amountCentsA,
      Long amountCentsB,
      long differenceCents,
      BigDecimal differencePercent) {}
}
