package nl.regioportal.funding.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.regioportal.funding.engine.KeyPart;

/**
 * The bases a region's keys may use: equal shares, the built-in indicators every region knows, and
 * the indicators the region registered itself. Codes are what the API and the database hold; labels
 * (Dutch, English) are what people read. A code outside the catalogue is not a basis: keys and
 * imports that name one are refused, so a typo never creates a new indicator.
 *
 * <p>Immutable. The built-in codes are those the portal used before it had a catalogue, so stored
 * keys and library sets keep their meaning.
 */
public final class BasisCatalogue {

  /** Equal shares. */
  public static final Basis EQUAL =
      new Basis(KeyPart.EQUAL, "Gelijke delen", "Equal shares", Basis.Kind.EQUAL);

  /** CBS: residents aged 12 to 27 on the reference date. */
  public static final String YOUTH_12_27 = "youth_12_27";

  /** The region's caseload, by the young person's municipality of residence. */
  public static final String CASELOAD = "caseload";

  /** DUO: mbo students by municipality of residence. */
  public static final String MBO_STUDENTS = "mbo_students";

  /** DUO: early school leavers (voortijdig schoolverlaters) by municipality of residence. */
  public static final String EARLY_LEAVERS = "early_leavers";

  /** Equal shares and the built-in indicators, in the order pages list them. */
  public static final List<Basis> BUILT_IN =
      List.of(
          EQUAL,
          builtIn(
              YOUTH_12_27,
              "Inwoners van 12 tot en met 27 jaar op de peildatum",
              "Residents aged 12 to 27 on the reference date"),
          builtIn(CASELOAD, "Caseload naar woonplaats", "Caseload by place of residence"),
          builtIn(MBO_STUDENTS, "Mbo-studenten", "Mbo students"),
          builtIn(EARLY_LEAVERS, "Voortijdig schoolverlaters", "Early school leavers"));

  private static final BasisCatalogue BUILT_IN_ONLY = new BasisCatalogue(List.of());

  private final Map<String, Basis> byCode;

  private BasisCatalogue(List<Basis> own) {
    Map<String, Basis> all = new LinkedHashMap<>();
    BUILT_IN.forEach(b -> all.put(b.code(), b));
    own.stream()
        .sorted(Comparator.comparing(Basis::dutchLabel, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            b -> {
              if (b.kind() != Basis.Kind.REGION) {
                throw new IllegalArgumentException("Not a region's own indicator: " + b);
              }
              if (all.putIfAbsent(b.code(), b) != null) {
                throw new IllegalArgumentException("A code is in the catalogue once: " + b.code());
              }
            });
    this.byCode = java.util.Collections.unmodifiableMap(all);
  }

  /** Equal shares and the built-in indicators only. */
  public static BasisCatalogue builtIn() {
    return BUILT_IN_ONLY;
  }

  /** The built-ins and a region's own indicators (listed after them, by Dutch label). */
  public static BasisCatalogue withOwn(List<Basis> own) {
    return own.isEmpty() ? BUILT_IN_ONLY : new BasisCatalogue(own);
  }

  /** Whether {@code code} is one of the built-ins (equal shares included). */
  public static boolean isBuiltIn(String code) {
    return BUILT_IN_ONLY.byCode.containsKey(code);
  }

  /** Every basis: equal shares, the built-in indicators, then the region's own. */
  public List<Basis> all() {
    return List.copyOf(byCode.values());
  }

  /** The indicators (every basis but equal shares). */
  public List<Basis> indicators() {
    return byCode.values().stream().filter(Basis::isIndicator).toList();
  }

  /** The region's own indicators, by Dutch label. */
  public List<Basis> own() {
    return byCode.values().stream().filter(b -> b.kind() == Basis.Kind.REGION).toList();
  }

  public Optional<Basis> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Whether a key part may be split by {@code code}. */
  public boolean isBasis(String code) {
    return find(code).isPresent();
  }

  /** Whether values may be imported or given for {@code code} (an indicator, not equal shares). */
  public boolean isIndicator(String code) {
    return find(code).map(Basis::isIndicator).orElse(false);
  }

  /**
   * What people read for {@code code} in {@code locale}. A code outside the catalogue (a key stored
   * before the catalogue existed) is shown as it is, so nothing ever shows blank.
   */
  public String label(String code, Locale locale) {
    return find(code).map(b -> b.label(locale)).orElse(code == null ? "" : code);
  }

  /** The labels of every code in the catalogue, in {@code locale}. */
  public Map<String, String> labels(Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    byCode.values().forEach(b -> out.put(b.code(), b.label(locale)));
    return out;
  }

  /** The allowed codes for a message: {@code EQUAL, youth_12_27, ...}. */
  public String basisCodes() {
    return String.join(", ", byCode.keySet());
  }

  /** The allowed indicator codes for a message: {@code youth_12_27, caseload, ...}. */
  public String indicatorCodes() {
    return indicators().stream().map(Basis::code).collect(Collectors.joining(", "));
  }

  /** The bases with the label {@code dutch} or {@code english}, case and outer spaces ignored. */
  public List<Basis> withLabel(String dutch, String english) {
    List<Basis> out = new ArrayList<>();
    for (Basis b : byCode.values()) {
      boolean nl = dutch != null && b.dutchLabel().equalsIgnoreCase(dutch.strip());
      boolean en =
          english != null
              && b.englishLabel() != null
              && b.englishLabel().equalsIgnoreCase(english.strip());
      if (nl || en) {
        out.add(b);
      }
    }
    return out;
  }

  private static Basis builtIn(String code, String dutch, String english) {
    return new Basis(code, dutch, english, Basis.Kind.BUILT_IN);
  }

  @Override
  public String toString() {
    return "BasisCatalogue" + byCode.keySet();
  }
}
