package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the engine (run by {@code .ci/benchmark-funding}, not by surefire): one key of
 * 5 parts over 400 municipalities (target: under 5 ms), and a full-country scenario of 342
 * municipalities where two keys are computed and compared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FundingKeyBenchmark {

  static final List<String> INDICATORS =
      List.of("youth_12_27", "caseload", "mbo_students", "early_leavers", "population");

  KeyInput fiveParts400;
  KeyInput current342;
  KeyInput proposed342;

  @Setup
  public void setUp() {
    fiveParts400 =
        new KeyInput(
            new BigDecimal("7654321.09"),
            List.of(
                KeyPart.of("EQUAL", "20"),
                KeyPart.of("youth_12_27", "33.5"),
                KeyPart.of("caseload", "16.5"),
                KeyPart.of("mbo_students", "20"),
                KeyPart.of("early_leavers", "10")),
            participants(400, new Random(42)));
    List<Participant> country = participants(342, new Random(7));
    current342 =
        new KeyInput(
            new BigDecimal("9876543.21"),
            List.of(KeyPart.of("population", "50"), KeyPart.of("caseload", "50")),
            country);
    proposed342 =
        new KeyInput(
            new BigDecimal("9876543.21"),
            List.of(
                KeyPart.of("EQUAL", "10"),
                KeyPart.of("youth_12_27", "40"),
                KeyPart.of("early_leavers", "25"),
                KeyPart.of("mbo_students", "25")),
            country);
  }

  static List<Participant> participants(int n, Random random) {
    List<Participant> ps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, IndicatorValue> m = new HashMap<>();
      for (String name : INDICATORS) {
        int v = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(200_000);
        m.put(name, v < 5 && v > 0 ? IndicatorValue.suppressed() : IndicatorValue.of(v));
      }
      m.put(
          "caseload", IndicatorValue.of(BigDecimal.valueOf(random.nextInt(100_000), 2).toString()));
      ps.add(Participant.of(String.format("GM%04d", i + 1), m));
    }
    return ps;
  }

  @Benchmark
  public KeyResult computeFivePartsFor400Municipalities() {
    return FundingKeyEngine.compute(fiveParts400);
  }

  @Benchmark
  public Comparison countryScenarioTwoKeysCompared() {
    return FundingKeyEngine.compare(
        FundingKeyEngine.compute(current342), FundingKeyEngine.compute(proposed342));
  }
}
