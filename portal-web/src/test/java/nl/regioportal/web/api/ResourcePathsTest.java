package nl.regioportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every REST operation is reached by a request to its own path. JAX-RS picks the root resource
 * class first, by its {@code @Path} alone (the template with the most literal characters, then the
 * most variables, that matches the request), and looks for the method only in the classes with that
 * template: a root resource at {@code regions/{region}} takes every request below it away from a
 * class at {@code regions} whose method is at {@code {region}/municipalities}, which then answers
 * 404 (Jakarta RESTful Web Services 3.1, section 3.7.2, step 1). This walks the algorithm's first
 * step for each operation of the portal's resources.
 */
class ResourcePathsTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");

  /** A root resource class: its template, as a regex over the request path, and its ordering. */
  private record Root(Class<?> type, String template, Pattern regex, int literals, int variables) {

    static Root of(Class<?> type) {
      String template = normal(type.getAnnotation(Path.class).value());
      StringBuilder regex = new StringBuilder();
      Matcher m = VARIABLE.matcher(template);
      int last = 0;
      int literals = 0;
      int variables = 0;
      while (m.find()) {
        regex.append(Pattern.quote(template.substring(last, m.start())));
        literals += m.start() - last;
        regex.append(m.group(2) == null ? "([^/]+?)" : "(" + m.group(2).substring(1).trim() + ")");
        variables++;
        last = m.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      literals += template.length() - last;
      regex.append("(/.*)?");
      return new Root(type, template, Pattern.compile(regex.toString()), literals, variables);
    }
  }

  @Test
  void everyOperationIsReachedThroughItsOwnRootResource() throws Exception {
    List<Root> roots = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.regioportal.web")) {
      if (c.isAnnotatedWith(Path.class) && !c.isInterface()) {
        roots.add(Root.of(Class.forName(c.getName())));
      }
    }
    assertThat(roots).as("the resources were found").hasSizeGreaterThan(15);

    List<String> shadowed = new ArrayList<>();
    int operations = 0;
    for (Root own : roots) {
      for (Method method : own.type().getMethods()) {
        boolean operation =
            java.util.Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
        if (!operation && !method.isAnnotationPresent(Path.class)) {
          continue;
        }
        operations++;
        String full =
            own.template()
                + (method.isAnnotationPresent(Path.class)
                    ? normal(method.getAnnotation(Path.class).value())
                    : "");
        String request = "/" + VARIABLE.matcher(full.substring(1)).replaceAll("7");
        Root chosen =
            roots.stream()
                .filter(r -> r.regex().matcher(request).matches())
                .min(
                    Comparator.comparingInt(Root::literals)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Root::variables).reversed()))
                .orElseThrow(() -> new AssertionError("no root resource matches " + request));
        if (!chosen.regex().pattern().equals(own.regex().pattern())) {
          shadowed.add(
              own.type().getSimpleName()
                  + "."
                  + method.getName()
                  + " ("
                  + full
                  + ") is taken by "
                  + chosen.type().getSimpleName()
                  + " ("
                  + chosen.template()
                  + ")");
        }
      }
    }
    assertThat(operations).as("operations were found").isGreaterThan(50);
    assertThat(shadowed).as("operations JAX-RS never reaches (they answer 404)").isEmpty();
  }

  /** A template with one leading slash and none at the end. */
  private static String normal(String template) {
    String t = template.strip();
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return "/" + t;
  }
}
