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
    // remainder i is rem[i] / den[i], 0 <= rem < den; compared by cross-multiplying (no gcd)
    BigInteger[] rem = new BigInteger[n];
    BigInteger[] den = new BigInteger[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      BigInteger num = exact[i].getNumerator();
      BigInteger d = exact[i].getDenominator();
      if (d.signum() < 0) {
        num = num.negate();
        d = d.negate();
      }
      BigInteger[] qr = num.divideAndRemainder(d);
      BigInteger floor = qr[0];
      BigInteger r = qr[1];
      if (r.signum() < 0) {
        floor = floor.subtract(BigInteger.ONE);
        r = r.add(d);
      }
      amounts[i] = floor.longValueExact();
      rem[i] = r;
      den[i] = d;
      sum = Math.addExact(sum, amounts[i]);
    }
    long left = target - sum;
    if (left < 0 || left > n) {
      throw new IllegalStateException(
          "Cannot round to " + target + " from floors summing to " + sum);
    }
    if (left == 0) {
      return amounts;
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Comparator<Integer> largestRemainderFirst =
        (x, y) -> rem[y].multiply(den[x]).compareTo(rem[x].multiply(den[y]));
    Arrays.sort(order, largestRemainderFirst.thenComparing(i -> codes[i]));
    for (int k = 0; k < left; k++) {
      amounts[order[k]]++;
    }
    return amounts;
  }
}
