package nl.regioportal.web.security;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Servlet and security API objects for plain unit tests: each answers the methods the test names
 * (by method name) and the defaults of their return type otherwise.
 */
final class Stubs {
  private Stubs() {}

  static <T> T of(Class<T> type, Map<String, BiFunction<String, Object[], Object>> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            Stubs.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              var answer = answers.get(method.getName());
              if (answer != null) {
                return answer.apply(method.getName(), args);
              }
              Class<?> r = method.getReturnType();
              if (r == boolean.class) {
                return false;
              }
              if (r == int.class || r == long.class) {
                return r == int.class ? (Object) 0 : (Object) 0L;
              }
              return null;
            }));
  }

  /** Answers of a request: its fixed values by method name, and a header map. */
  static Map<String, BiFunction<String, Object[], Object>> request(
      Map<String, Object> values, Map<String, String> headers) {
    Map<String, BiFunction<String, Object[], Object>> answers = new HashMap<>();
    values.forEach((name, value) -> answers.put(name, (m, a) -> value));
    answers.put("getHeader", (m, a) -> headers.get((String) a[0]));
    return answers;
  }
}
