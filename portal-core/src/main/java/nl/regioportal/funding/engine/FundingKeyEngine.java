package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.regioportal.funding.engine.Share.Bound;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Computes funding keys, transitions between keys, indexed totals and comparisons. Stateless and
 * deterministic: the same input gives the same output, whatever the order of the participants
 * (apart from the tie rule below); shares come back in the participants' order.
 *
 * <p>How a key is computed:
 *
 * <ol>
 *   <li>Each part's amount is {@code total × percent / 100}; a participant's amount for the part is
 *       that times {@code value / Σ values} (for {@code EQUAL}: {@code 1 / participants}). The sum
 *       over the parts is its exact share, a fraction of cents.
 *   <li>Bounds: shares above their maximum are fixed at it and the excess is redistributed in
 *       proportion to the others' exact shares; likewise for minimums; until stable (see {@link
 *       Bounds}).
 *   <li>Rounding by largest remainder: everyone gets the whole cents of their exact share; the
 *       cents left go one each to the largest fractional parts, equal fractions to the lower code
 *       ({@code GM0003} before {@code GM0010}). The amounts add up to the total exactly and each is
 *       within one cent of its exact share.
 * </ol>
 *
 * Invalid input throws {@link InvalidInputException} with every problem found; the message keys
 * start with {@code funding.}.
 */
public final class FundingKeyEngine {

  /** The most yearly steps a transition may take. */
  public static final int MAX_TRANSITION_YEARS = 3;

  /** The most years {@link #indexedTotals} computes. */
  public static final int MAX_INDEX_YEARS = 50;

  private FundingKeyEngine() {}

  /** Splits the total by the key; see the class description. */
  public static KeyResult compute(KeyInput input) {
    KeyRules.check(input);
    long totalCents = Cents.fromEuros(input.total());
    List<Participant> ps = input.participants();
    int n = ps.size();
    BigFraction total = BigFraction.of(totalCents);

    // Part p gives participant i  partCents_p × m_ip / M_p, where m_ip are the values scaled to
    // whole numbers (a common scale per part) and M_p their sum. With partCents_p = a_p / b_p and
    // D = lcm(b_p × M_p), participant i's exact share is  Σ_p a_p × (D / (b_p × M_p)) × m_ip / D:
    // whole-number arithmetic, one fraction (one gcd) per participant.
    List<KeyPart> parts = input.parts();
    int k = parts.size();
    BigFraction[] partCents = new BigFraction[k];
    BigInteger[][] scaled = new BigInteger[k][n];
    BigDecimal[][] values = new BigDecimal[k][n];
    BigDecimal[] basisTotals = new BigDecimal[k];
    BigInteger[] partDenominators = new BigInteger[k];
    BigInteger denominator = BigInteger.ONE;
    for (int p = 0; p < k; p++) {
      KeyPart part = parts.get(p);
      partCents[p] = total.multiply(Fractions.of(part.percent())).divide(100);
      int scale = 0;
      for (int i = 0; i < n; i++) {
        values[p][i] =
            part.isEqual() ? BigDecimal.ONE : ps.get(i).indicators().get(part.basis()).value();
        scale = Math.max(scale, values[p][i].scale());
      }
      BigInteger sum = BigInteger.ZERO;
      BigDecimal basisTotal = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        scaled[p][i] = values[p][i].setScale(scale).unscaledValue();
        sum = sum.add(scaled[p][i]);
        basisTotal = basisTotal.add(values[p][i]);
      }
      basisTotals[p] = basisTotal;
      partDenominators[p] = partCents[p].getDenominator().multiply(sum).abs();
      denominator = lcm(denominator, partDenominators[p]);
    }
    BigInteger[] factors = new BigInteger[k];
    for (int p = 0; p < k; p++) {
      factors[p] = partCents[p].getNumerator().multiply(denominator.divide(partDenominators[p]));
      if (partCents[p].getDenominator().signum() < 0) {
        factors[p] = factors[p].negate();
      }
    }
    BigFraction[] key = new BigFraction[n];
    List<List<DerivationLine>> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigInteger numerator = BigInteger.ZERO;
      List<DerivationLine> own = new ArrayList<>(k);
      for (int p = 0; p < k; p++) {
        numerator = numerator.add(factors[p].multiply(scaled[p][i]));
        KeyPart part = parts.get(p);
        boolean suppressed =
            !part.isEqual() && ps.get(i).indicators().get(part.basis()).suppressedAsFour();
        own.add(
            new DerivationLine(
                part.basis(),
                part.percent(),
                partCents[p],
                values[p][i],
                suppressed,
                basisTotals[p]));
      }
      key[i] = BigFraction.of(numerator, denominator);
      lines.add(own);
    }

    Long[] minimums = new Long[n];
    Long[] maximums = new Long[n];
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      minimums[i] = ps.get(i).minimumCents();
      maximums[i] = ps.get(i).maximumCents();
      codes[i] = ps.get(i).code();
    }
    Bounds.Outcome bounded = Bounds.apply(key, minimums, maximums, totalCents);
    long[] amounts = LargestRemainder.round(codes, bounded.exact(), totalCents);

    List<Share> shares = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigFraction exact = bounded.exact()[i];
      shares.add(
          new Share(
              codes[i],
              amounts[i],
              key[i],
              exact,
              lines.get(i),
              bounded.bound()[i],
              exact == key[i] ? BigFraction.ZERO : exact.subtract(key[i]),
              BigFraction.of(amounts[i]).subtract(exact)));
    }
    return new KeyResult(totalCents, shares);
  }

  /**
   * A transition from one key's result to another's in yearly steps: in step {@code k} of {@code
   * years} each municipality's exact amount is {@code from + (to − from) × k / years} (from the
   * rounded amounts of both results), rounded to cents by largest remainder. The last step equals
   * {@code to}. If the totals differ, a step's total is the exact interpolated total rounded to
   * cents HALF_UP. The shares of a step have no derivation lines.
   *
   * @param years the number of steps, 1 to {@link #MAX_TRANSITION_YEARS}
   * @return one result per year, in {@code from}'s participant order
   * @throws InvalidInputException if {@code years} is out of range ({@code
   *     funding.transition.years}) or the two results do not have the same municipalities ({@code
   *     funding.transition.municipalities})
   */
  public static List<KeyResult> transition(KeyResult from, KeyResult to, int years) {
    List<Violation> v = new ArrayList<>();
    if (years < 1 || years > MAX_TRANSITION_YEARS) {
      v.add(
          Violation.of(
              "years",
              "funding.transition.years",
              Integer.toString(years),
              Integer.toString(MAX_TRANSITION_YEARS)));
    }
    Map<String, Long> target = to.amountsByCode();
    Set<String> differ = new TreeSet<>(target.keySet());
    differ.removeAll(from.amountsByCode().keySet());
    for (Share s : from.shares()) {
      if (!target.containsKey(s.code())) {
        differ.add(s.code());
      }
    }
    if (!differ.isEmpty()) {
      v.add(
          Violation.of(
              "municipalities", "funding.transition.municipalities", String.join(", ", differ)));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    int n = from.shares().size();
    String[] codes = new String[n];
    for (int i = 0; i < n; i++) {
      codes[i] = from.shares().get(i).code();
    }
    List<KeyResult> steps = new ArrayList<>(years);
    for (int k = 1; k <= years; k++) {
      BigFraction step = BigFraction.of(k, years);
      BigFraction[] exact = new BigFraction[n];
      for (int i = 0; i < n; i++) {
        long a = from.shares().get(i).amountCents();
        long b = target.get(codes[i]);
        exact[i] = BigFraction.of(a).add(BigFraction.of(b - a).multiply(step));
      }
      BigFraction exactTotal =
          BigFraction.of(from.totalCents())
              .add(BigFraction.of(to.totalCents() - from.totalCents()).multiply(step));
      long totalCents = Fractions.decimal(exactTotal, 0).longValueExact(); // HALF_UP
      long[] amounts = LargestRemainder.round(codes, exact, totalCents);
      List<Share> shares = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        shares.add(
            new Share(
                codes[i],
                amounts[i],
                exact[i],
                exact[i],
                List.of(),
                Bound.NONE,
                BigFraction.ZERO,
                BigFraction.of(amounts[i]).subtract(exact[i])));
      }
      steps.add(new KeyResult(totalCents, shares));
    }
    return steps;
  }

  /**
   * The total after yearly indexation, compounded: {@code t(y) = round(t(y−1) × (1 + percent /
   * 100))}, where each year's total is rounded to cents HALF_UP before the next year is indexed (so
   * every year's total is an amount someone can budget and check).
   *
   * @param total the starting total in euros, at most two decimals, not negative
   * @param yearlyPercent the indexation per year, above −100 (e.g. {@code 2.5})
   * @param years 0 to {@link #MAX_INDEX_YEARS}
   * @return {@code years + 1} totals with scale 2: index {@code y} is the total after {@code y}
   *     years (index 0 is {@code total} itself)
   */
  public static List<BigDecimal> indexedTotals(
      BigDecimal total, BigDecimal yearlyPercent, int years) {
    List<Violation> v = new ArrayList<>();
    KeyRules.checkTotal(total, "total", v);
    if (yearlyPercent == null || yearlyPercent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      v.add(
          Violation.of(
              "yearlyPercent",
              "funding.index.percent",
              yearlyPercent == null ? "" : yearlyPercent.toPlainString()));
    }
    if (years < 0 || years > MAX_INDEX_YEARS) {
      v.add(
          Violation.of(
              "years",
              "funding.index.years",
              Integer.toString(years),
              Integer.toString(MAX_INDEX_YEARS)));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    BigDecimal factor = BigDecimal.ONE.add(yearlyPercent.movePointLeft(2));
    List<BigDecimal> totals = new ArrayList<>(years + 1);
    BigDecimal t = total.setScale(2, RoundingMode.UNNECESSARY);
    totals.add(t);
    for (int y = 1; y <= years; y++) {
      t = t.multiply(factor).setScale(2, RoundingMode.HALF_UP);
      totals.add(t);
    }
    return List.copyOf(totals);
  }

  /**
   * Compares two results per municipality ({@code b − a}), see {@link Comparison.Row}. A
   * municipality in only one result counts as 0 in the other.
   */
  public static Comparison compare(KeyResult a, KeyResult b) {
    Map<String, Long> inB = b.amountsByCode();
    Map<String, Long> inA = new HashMap<>(a.amountsByCode());
    List<Comparison.Row> rows = new ArrayList<>();
    for (Share s : a.shares()) {
      rows.add(row(s.code(), s.amountCents(), inB.get(s.code())));
    }
    for (Share s : b.shares()) {
      if (!inA.containsKey(s.code())) {
        rows.add(row(s.code(), null, s.amountCents()));
      }
    }
    return new Comparison(a.totalCents(), b.totalCents(), rows);
  }

  private static BigInteger lcm(BigInteger a, BigInteger b) {
    return a.divide(a.gcd(b)).multiply(b);
  }

  private static Comparison.Row row(String code, Long a, Long b) {
    long av = a == null ? 0 : a;
    long bv = b == null ? 0 : b;
    long diff = Math.subtractExact(bv, av);
    BigDecimal percent =
        av == 0
            ? null
            : BigDecimal.valueOf(diff)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(av), 2, RoundingMode.HALF_UP);
    return new Comparison.Row(code, a, b, diff, percent);
  }
}
