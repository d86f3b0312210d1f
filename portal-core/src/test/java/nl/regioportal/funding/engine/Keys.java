package nl.regioportal.funding.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to write keys in tests. */
final class Keys {

  private Keys() {}

  static KeyPart part(String basis, String percent) {
    return KeyPart.of(basis, percent);
  }

  /** A participant from {@code "name", value, "name", value, ...}. */
  static Participant muni(String code, Object... nameValue) {
    Map<String, IndicatorValue> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      Object value = nameValue[i + 1];
      m.put(
          (String) nameValue[i],
          value instanceof IndicatorValue iv ? iv : IndicatorValue.of(value.toString()));
    }
    return Participant.of(code, m);
  }

  static KeyInput input(String total, List<KeyPart> parts, Participant... ps) {
    return new KeyInput(new BigDecimal(total), parts, new ArrayList<>(List.of(ps)));
  }

  static KeyResult compute(String total, List<KeyPart> parts, Participant... ps) {
    return FundingKeyEngine.compute(input(total, parts, ps));
  }
}
