package nl.regioportal.funding.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a key: the shares add up to {@code totalCents} exactly.
 *
 * @param totalCents the total split, in cents
 * @param shares one per participant, in the order the participants were given
 */
public record KeyResult(long totalCents, List<Share> shares) {

  public KeyResult {
    shares = List.copyOf(shares);
  }

  /** The share of a municipality, if it takes part. */
  public Optional<Share> share(String code) {
    return shares.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The amount in cents of a municipality that takes part. */
  public long amountCents(String code) {
    return share(code)
        .orElseThrow(() -> new IllegalArgumentException("No share for " + code))
        .amountCents();
  }

  /** Amount in cents per code, in share order. */
  public Map<String, Long> amountsByCode() {
    Map<String, Long> m = new LinkedHashMap<>();
    shares.forEach(s -> m.put(s.code(), s.amountCents()));
    return m;
  }
}
