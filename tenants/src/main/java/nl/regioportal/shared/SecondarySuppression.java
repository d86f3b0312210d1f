package nl.regioportal.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Secondary suppression of one column of counts that adds up to a total everyone sees (e.g. the
 * referrals per municipality of residence, whose sum is the region's): the small counts ({@link
 * SmallNumbers}, 1 to 4) are hidden first; then, as long as what is hidden could be worked out, the
 * smallest count still shown is hidden too. What is hidden can be worked out when a single cell is
 * hidden (the total minus the others gives it) or when the hidden cells together make fewer than
 * {@value SmallNumbers#THRESHOLD} (the total minus the others gives that sum, and so bounds each).
 * Zeros stay shown (they point at nobody) and are never hidden to protect another cell.
 */
public final class SecondarySuppression {

  private SecondarySuppression() {}

  /** The indexes of the cells to hide. */
  public static Set<Integer> hidden(List<Long> cells) {
    Set<Integer> hidden = new TreeSet<>();
    for (int i = 0; i < cells.size(); i++) {
      if (SmallNumbers.isSmall(cells.get(i))) {
        hidden.add(i);
      }
    }
    while (derivable(cells, hidden)) {
      List<Integer> candidates = new ArrayList<>();
      IntStream.range(0, cells.size())
          .filter(i -> !hidden.contains(i) && cells.get(i) > 0)
          .forEach(candidates::add);
      if (candidates.isEmpty()) {
        break; // nothing left to hide: the caller hides the total too (see totalHidden)
      }
      candidates.sort(Comparator.comparing((Integer i) -> cells.get(i)).thenComparing(i -> i));
      hidden.add(candidates.get(0));
    }
    return hidden;
  }

  /**
   * Whether the total itself must be hidden: when the hidden cells cannot be protected by other
   * cells (every non-zero cell is hidden and together they make fewer than the threshold).
   */
  public static boolean totalHidden(List<Long> cells) {
    Set<Integer> hidden = hidden(cells);
    return derivable(cells, hidden);
  }

  private static boolean derivable(List<Long> cells, Set<Integer> hidden) {
    if (hidden.isEmpty()) {
      return false;
    }
    long sum = hidden.stream().mapToLong(cells::get).sum();
    return hidden.size() == 1 || sum < SmallNumbers.THRESHOLD;
  }
}
