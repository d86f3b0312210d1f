package nl.regioportal.referral.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The figures of a region's referrals over a period (issue 10, point 9): the referrals submitted in
 * it, for the whole region, per life domain and per municipality of residence, with what became of
 * them as it stands today. A referral with reasons in two life domains counts in both, so the
 * domain lines do not add up to the total.
 *
 * @param period the period the referrals were submitted in
 * @param total the whole region
 * @param byLifeDomain one line per life domain of the region's taxonomy, in its order
 * @param byMunicipality one line per municipality: the region's, then any other a student lives in
 */
public record Figures(
    ReportingPeriod period,
    FigureRow total,
    List<FigureRow> byLifeDomain,
    List<FigureRow> byMunicipality) {

  /** A line the figures always show, even without referrals: a life domain or a municipality. */
  public record Group(String code, String nameNl, String nameEn) {
    public Group {
      Objects.requireNonNull(code, "code is required");
    }
  }

  /** The code of the line for the whole region. */
  public static final String TOTAL = "total";

  /** Were no referrals submitted in the period? */
  public boolean isEmpty() {
    return "0".equals(total.submitted());
  }

  /**
   * Aggregates the facts of the referrals submitted in {@code period}; facts of referrals submitted
   * outside it are left out.
   *
   * @param domains the life domains to show, in order
   * @param municipalities the municipalities to show, in order; a municipality a student lives in
   *     that is not among them gets a line after them, named by its code
   */
  public static Figures of(
      ReportingPeriod period,
      List<ReferralFact> facts,
      List<Group> domains,
      List<Group> municipalities) {
    List<ReferralFact> in = facts.stream().filter(f -> period.contains(f.submittedAt())).toList();
    List<Group> places = new ArrayList<>(municipalities);
    in.stream()
        .map(ReferralFact::municipality)
        .distinct()
        .sorted()
        .filter(code -> places.stream().noneMatch(g -> g.code().equals(code)))
        .forEach(code -> places.add(new Group(code, code, code)));
    // every referral lives in one municipality: those lines add up to the region's, so a small
    // count among them is protected by secondary suppression, column by column
    List<List<ReferralFact>> byPlace =
        places.stream()
            .map(g -> in.stream().filter(f -> f.municipality().equals(g.code())).toList())
            .toList();
    List<java.util.Set<String>> withheld = new ArrayList<>();
    java.util.Set<String> totalWithheld = new java.util.HashSet<>();
    byPlace.forEach(p -> withheld.add(new java.util.HashSet<>()));
    List<List<Long>> counts = byPlace.stream().map(FigureRow::counts).toList();
    for (int c = 0; c < FigureRow.COUNTS.size(); c++) {
      int column = c;
      List<Long> cells = counts.stream().map(row -> row.get(column)).toList();
      for (int i : nl.regioportal.shared.SecondarySuppression.hidden(cells)) {
        withheld.get(i).add(FigureRow.COUNTS.get(c));
      }
      if (nl.regioportal.shared.SecondarySuppression.totalHidden(cells)) {
        totalWithheld.add(FigureRow.COUNTS.get(c));
      }
    }
    List<FigureRow> placeRows = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      Group g = places.get(i);
      placeRows.add(
          FigureRow.of(g.code(), g.nameNl(), g.nameEn(), byPlace.get(i), withheld.get(i)));
    }
    return new Figures(
        period,
        FigureRow.of(TOTAL, "Regio", "Region", in, totalWithheld),
        rows(domains, in, (g, f) -> f.domains().contains(g.code())),
        placeRows);
  }

  /** A line per group, of the facts that belong to it. */
  private static List<FigureRow> rows(
      List<Group> groups, List<ReferralFact> facts, BiPredicate<Group, ReferralFact> belongs) {
    return groups.stream()
        .map(
            g ->
                FigureRow.of(
                    g.code(),
                    g.nameNl(),
                    g.nameEn(),
                    facts.stream().filter(f -> belongs.test(g, f)).toList()))
        .toList();
  }
}
