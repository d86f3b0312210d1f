package nl.regioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondarySuppressionTest {

  @Test
  void aSingleSmallCellTakesTheSmallestShownOneWithIt() {
    // 3 is small; with the total (63) and the others shown it would be 63 - 60: hide 8 too
    assertThat(SecondarySuppression.hidden(List.of(40L, 3L, 12L, 8L))).containsExactly(1, 3);
  }

  @Test
  void twoSmallCellsTogetherUnderFiveTakeAThird() {
    // 1 + 2 = 3 could be worked out as a sum under 5: a third (the smallest shown) goes too
    assertThat(SecondarySuppression.hidden(List.of(1L, 2L, 30L, 9L))).containsExactly(0, 1, 3);
  }

  @Test
  void smallCellsThatTogetherMakeFiveOrMoreNeedNoMore() {
    assertThat(SecondarySuppression.hidden(List.of(3L, 4L, 30L, 9L))).containsExactly(0, 1);
  }

  @Test
  void zerosStayShownAndNothingSmallHidesNothing() {
    assertThat(SecondarySuppression.hidden(List.of(0L, 12L, 0L, 7L))).isEmpty();
    assertThat(SecondarySuppression.hidden(List.of(0L, 2L, 0L, 7L))).containsExactly(1, 3);
  }

  @Test
  void whenOnlySmallCellsAreLeftTheTotalIsHiddenToo() {
    assertThat(SecondarySuppression.totalHidden(List.of(0L, 2L, 0L))).isTrue();
    assertThat(SecondarySuppression.totalHidden(List.of(2L, 2L, 30L))).isFalse();
  }

  /**
   * For random columns: whatever a reader sees (the total, unless hidden, and the shown cells), no
   * hidden cell can be worked out: every hidden cell has at least two values consistent with what
   * is shown, and the hidden ones never add up to a small number a reader can compute.
   */
  @Test
  void noHiddenCountCanBeWorkedBackFromTheTotalAndTheOtherCells() {
    Random random = new Random(20261208);
    for (int run = 0; run < 5000; run++) {
      int n = 2 + random.nextInt(12);
      List<Long> cells = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(4);
        cells.add(kind == 0 ? 0L : kind == 1 ? 1L + random.nextInt(4) : 5L + random.nextInt(60));
      }
      Set<Integer> hidden = SecondarySuppression.hidden(cells);
      boolean totalHidden = SecondarySuppression.totalHidden(cells);
      for (int i = 0; i < n; i++) {
        if (SmallNumbers.isSmall(cells.get(i))) {
          assertThat(hidden).as("small cells are hidden: %s", cells).contains(i);
        }
      }
      if (hidden.isEmpty() || totalHidden) {
        continue;
      }
      long total = cells.stream().mapToLong(Long::longValue).sum();
      long shown = 0;
      for (int i = 0; i < n; i++) {
        if (!hidden.contains(i)) {
          shown += cells.get(i);
        }
      }
      long hiddenSum = total - shown; // what a reader can compute
      assertThat(hidden.size())
          .as("more than one hidden: %s -> %s", cells, hidden)
          .isGreaterThan(1);
      assertThat(hiddenSum)
          .as("the hidden cells' sum is not small: %s -> %s", cells, hidden)
          .isGreaterThanOrEqualTo(SmallNumbers.THRESHOLD);
    }
  }
}
