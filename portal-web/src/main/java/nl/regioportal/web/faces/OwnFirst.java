package nl.regioportal.web.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A policy officer's own municipality first in any list of municipalities, the rest in the order
 * given. Pages mark it with a text ("Uw gemeente"), never by colour alone.
 */
public final class OwnFirst {

  private OwnFirst() {}

  /**
   * {@code items} with those whose code is {@code own} first; unchanged (a copy) when {@code own}
   * is {@code null}.
   */
  public static <T> List<T> sort(List<T> items, Function<T, String> code, String own) {
    List<T> out = new ArrayList<>(items.size());
    if (own != null) {
      items.stream().filter(i -> own.equals(code.apply(i))).forEach(out::add);
    }
    items.stream().filter(i -> own == null || !own.equals(code.apply(i))).forEach(out::add);
    return out;
  }
}
