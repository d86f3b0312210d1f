package nl.regioportal.funding.engine;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Rounding exact amounts to whole cents that add up to a given total (Hamilton's method): everyone
 * gets the floor of their exact amount, and the cents left over go one each to the largest
 * remainders; equal remainders go to the lower code first.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * @param codes distinct codes, the tie-breaker
   * @param exact exact amounts
   * @param target the whole total to reach: their sum, or that sum rounded to a whole number (it
   *     must be between the sum of the floors and that sum plus the number of amounts)
   */
  static long[] round(String[] codes, BigFraction[] exact, long target) {
    int n = exact.length;
    long[] amounts = new long[n];
    BigFraction[] remainders = new BigFraction[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      BigInteger floor = Fractions.floor(exact[i]);
      amounts[i] = floor.longValueExact();
      remainders[i] = exact[i].subtract(floor);
      sum = Math.addExact(sum, amounts[i]);
    }
    long left = target - sum;
    if (left < 0 || left > n) {
      throw new IllegalStateException(
          "Cannot round to " + target + " from floors summing to " + sum);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(
        order,
        Comparator.<Integer, BigFraction>comparing(i -> remainders[i])
            .reversed()
            .thenComparing(i -> codes[i]));
    for (int k = 0; k < left; k++) {
      amounts[order[k]]++;
    }
    return amounts;
  }
}
