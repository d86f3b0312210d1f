package nl.regioportal.funding.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.regioportal.funding.engine.Share.Bound;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Keeps exact shares within per-participant minimums and maximums.
 *
 * <p>The rule: a participant whose share exceeds its maximum is fixed at the maximum and the excess
 * is redistributed to the others in proportion to their exact shares; the same for a minimum, the
 * deficit taken from the others in proportion; until stable. The stable point is {@code x_i =
 * clamp(λ·s_i, min_i, max_i)} with the one common scale factor {@code λ} for which the {@code x_i}
 * add up to the total. This class solves for {@code λ} exactly (the sum is piecewise linear and
 * non-decreasing in {@code λ}; its breakpoints are {@code min_i/s_i} and {@code max_i/s_i}) instead
 * of iterating, which also settles the case where a minimum elsewhere pulls an already capped
 * participant back below its maximum.
 */
final class Bounds {

  /** The bounded shares and which bound fixed each. */
  record Outcome(BigFraction[] exact, Bound[] bound) {}

  private final BigFraction[] s;
  private final BigFraction[] lo;
  private final BigFraction[] hi; // null: no maximum

  private Bounds(BigFraction[] s, BigFraction[] lo, BigFraction[] hi) {
    this.s = s;
    this.lo = lo;
    this.hi = hi;
  }

  static Outcome apply(BigFraction[] shares, Long[] minimums, Long[] maximums, long total) {
    int n = shares.length;
    Bound[] none = new Bound[n];
    Arrays.fill(none, Bound.NONE);
    if (Arrays.stream(minimums).allMatch(m -> m == null)
        && Arrays.stream(maximums).allMatch(m -> m == null)) {
      return new Outcome(shares.clone(), none);
    }
    BigFraction[] lo = new BigFraction[n];
    BigFraction[] hi = new BigFraction[n];
    boolean allWithin = true;
    for (int i = 0; i < n; i++) {
      lo[i] = minimums[i] == null ? BigFraction.ZERO : BigFraction.of(minimums[i]);
      hi[i] = maximums[i] == null ? null : BigFraction.of(maximums[i]);
      if (shares[i].compareTo(lo[i]) < 0 || (hi[i] != null && shares[i].compareTo(hi[i]) > 0)) {
        allWithin = false;
      }
    }
    if (allWithin) {
      return new Outcome(shares.clone(), none);
    }
    return new Bounds(shares, lo, hi).solve(BigFraction.of(total));
  }

  private Outcome solve(BigFraction total) {
    int n = s.length;
    TreeSet<BigFraction> points = new TreeSet<>();
    points.add(BigFraction.ZERO);
    for (int i = 0; i < n; i++) {
      if (s[i].signum() > 0) {
        points.add(lo[i].divide(s[i]));
        if (hi[i] != null) {
          points.add(hi[i].divide(s[i]));
        }
      }
    }
    List<BigFraction> b = new ArrayList<>(points);
    // the largest breakpoint where the sum does not exceed the total (f(0) = Σ min <= total)
    int low = 0;
    int high = b.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sum(b.get(mid)).compareTo(total) <= 0) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    BigFraction at = b.get(low);
    BigFraction lambda;
    if (sum(at).compareTo(total) == 0) {
      lambda = at;
    } else {
      // between this breakpoint and the next the sum is C + λ·S
      BigFraction fixed = BigFraction.ZERO;
      BigFraction free = BigFraction.ZERO;
      for (int i = 0; i < n; i++) {
        BigFraction x = at.multiply(s[i]);
        if (s[i].signum() == 0) {
          fixed = fixed.add(lo[i]);
        } else if (hi[i] != null && x.compareTo(hi[i]) >= 0) {
          fixed = fixed.add(hi[i]);
        } else if (x.compareTo(lo[i]) < 0) {
          fixed = fixed.add(lo[i]);
        } else {
          free = free.add(s[i]);
        }
      }
      if (free.signum() == 0) {
        // only participants with a zero share are left to take the rest: nothing to scale
        throw new InvalidInputException(
            List.of(Violation.of("municipalities", "funding.bounds.unattainable")));
      }
      lambda = total.subtract(fixed).divide(free);
    }
    BigFraction[] exact = new BigFraction[n];
    Bound[] bound = new Bound[n];
    for (int i = 0; i < n; i++) {
      BigFraction x = lambda.multiply(s[i]);
      if (hi[i] != null && x.compareTo(hi[i]) > 0) {
        exact[i] = hi[i];
        bound[i] = Bound.MAXIMUM;
      } else if (x.compareTo(lo[i]) < 0) {
        exact[i] = lo[i];
        bound[i] = Bound.MINIMUM;
      } else {
        exact[i] = x;
        bound[i] = Bound.NONE;
      }
    }
    return new Outcome(exact, bound);
  }

  private BigFraction sum(BigFraction lambda) {
    BigFraction f = BigFraction.ZERO;
    for (int i = 0; i < s.length; i++) {
      BigFraction x = lambda.multiply(s[i]);
      if (hi[i] != null && x.compareTo(hi[i]) > 0) {
        x = hi[i];
      } else if (x.compareTo(lo[i]) < 0) {
        x = lo[i];
      }
      f = f.add(x);
    }
    return f;
  }
}
