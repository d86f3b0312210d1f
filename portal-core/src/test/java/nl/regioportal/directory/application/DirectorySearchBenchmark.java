package nl.regioportal.directory.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import nl.regioportal.directory.domain.AgeGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH benchmark of the directory's search at the service layer (run by {@code
 * .ci/benchmark-directory}, not by surefire): {@code services} generated services spread over 40
 * regions in one index, a filtered free-text search in one region (text, the student's municipality
 * and age) with facets and reasons, beside the cheapest search the index answers (a region's count)
 * as the baseline of the same run. Sample time gives p50, p95 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DirectorySearchBenchmark {

  @Param({"10000", "100000"})
  int services;

  private static final DutchText TEXT = new DutchText();
  private static final String[] WORDS = {
    "schulden", "wonen", "mentor", "stage", "verslaving", "huiselijk geweld", "geldzorgen",
    "psycholoog", "werk", "jongerenwerk", "uitkering", "detentie", "pesten", "kamer"
  };
  private static final Map<String, List<String>> TERMS = new HashMap<>();
  private static final String[][] TERM_SPEC = {
    {"income_debt", "LIFE", "Inkomen / schulden", "Income / debt"},
    {"debt", "income_debt", "Schulden", "Debt"},
    {"poverty", "income_debt", "Armoede", "Poverty"},
    {"housing", "LIFE", "Wonen", "Housing"},
    {"homelessness", "housing", "Dak- en thuisloosheid", "Homelessness"},
    {"work", "LIFE", "Werk", "Work"},
    {"placement", "work", "Stageplek vinden", "Finding a work placement"},
    {"health", "LIFE", "Gezondheid", "Health"},
    {"mental", "health", "Psychische stoornissen", "Mental disorders"},
    {"safety", "LIFE", "Veiligheid", "Safety"},
    {"violence", "safety", "Huiselijk geweld", "Domestic violence"},
    {"bullying", "safety", "Pesten", "Bullying"},
    {"wellbeing", "LIFE", "Welzijn", "Wellbeing"},
    {"addiction", "wellbeing", "Verslaving", "Addiction"},
    {"justice", "LIFE", "Justitie", "Justice"},
    {"detention", "justice", "Terugkeer uit detentie", "Return from detention"},
  };

  static {
    for (String[] t : TERM_SPEC) {
      TERMS.put(t[0], List.of(t[2], t[3]));
    }
  }

  private ServiceIndex index;
  private final Function<String, Set<String>> words =
      code ->
          Set.copyOf(
              TERMS.getOrDefault(code, List.of()).stream()
                  .flatMap(t -> TEXT.words(t).stream())
                  .toList());
  private final Random random = new Random(1);
  private List<ServiceQuery> queries;

  @Setup(Level.Trial)
  public void fill() {
    index = new ServiceIndex();
    Random r = new Random(42);
    for (int i = 0; i < services; i++) {
      String region = String.format("%02d", 1 + i % 40);
      index.put(service(region, i, r));
    }
    index.refresh();
    queries = new ArrayList<>();
    Random q = new Random(7);
    for (int i = 0; i < 256; i++) {
      int region = 1 + q.nextInt(40);
      queries.add(
          new ServiceQuery(
              WORDS[q.nextInt(WORDS.length)],
              null,
              null,
              null,
              municipality(region, q.nextInt(10)),
              12 + q.nextInt(15),
              null,
              null,
              1,
              20));
    }
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  /** A filtered free-text search with facets and reasons, in one of the 40 regions. */
  @Benchmark
  public ServiceHits filteredFreeTextSearch() {
    ServiceQuery q = queries.get(random.nextInt(queries.size()));
    String region = q.municipality().substring(2, 4);
    return index.search(region, q, words);
  }

  /** The baseline: how many services a region has (the cheapest search the index answers). */
  @Benchmark
  public int regionCount() {
    return index.count(String.format("%02d", 1 + random.nextInt(40)));
  }

  /** Municipality {@code n} of a region: {@code GM} + region + two digits. */
  private static String municipality(int region, int n) {
    return String.format("GM%02d%02d", region, n);
  }

  private static IndexedService service(String region, long id, Random r) {
    String[] domainsAll = {
      "income_debt", "housing", "work", "health", "safety", "wellbeing", "justice"
    };
    String domain = domainsAll[r.nextInt(domainsAll.length)];
    Set<String> issues = new LinkedHashSet<>();
    for (String[] t : TERM_SPEC) {
      if (t[1].equals(domain) && r.nextBoolean()) {
        issues.add(t[0]);
      }
    }
    Set<String> municipalities = new LinkedHashSet<>();
    int reg = Integer.parseInt(region);
    for (int m = 0; m < 10; m++) {
      if (r.nextInt(3) == 0) {
        municipalities.add(municipality(reg, m));
      }
    }
    municipalities.add(municipality(reg, r.nextInt(10)));
    AgeGroup group = AgeGroup.values()[r.nextInt(3)];
    int youngest = group == AgeGroup.ADULT ? 18 : 12 + r.nextInt(5);
    int oldest = group == AgeGroup.YOUTH ? 17 : 23 + r.nextInt(5);
    List<String> termText = new ArrayList<>(TERMS.get(domain));
    issues.forEach(i -> termText.addAll(TERMS.get(i)));
    String word = WORDS[r.nextInt(WORDS.length)];
    return new IndexedService(
        region,
        id,
        "00000000-0000-0000-0000-" + String.format("%012d", id),
        "Dienst " + id + " " + word,
        null,
        "Hulp bij "
            + word
            + " en "
            + WORDS[r.nextInt(WORDS.length)]
            + " voor jongeren in de regio.",
        null,
        id % 500,
        "Organisatie " + (id % 500),
        group,
        youngest,
        oldest,
        Set.of(domain),
        issues,
        Set.of(),
        termText,
        municipalities,
        Set.of("nl"),
        r.nextBoolean(),
        r.nextInt(10),
        java.time.LocalDateTime.of(2026, 1 + r.nextInt(11), 1, 12, 0));
  }
}
