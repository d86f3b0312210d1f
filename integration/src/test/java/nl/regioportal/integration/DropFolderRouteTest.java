package nl.regioportal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantRunner;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop-folder route on its own: a real CamelContext with the {@link RouteErrorPolicy}, real files
 * in a temporary {@code portal.import.dir}, and test doubles of the application services only. A
 * test drops a file and waits for its exchange to be done ({@link NotifyBuilder}), never sleeps.
 */
public abstract class DropFolderRouteTest extends CamelTestSupport {

  @TempDir protected Path importDir;

  /** The route builder under test, given its test doubles and {@link #importDir}. */
  protected abstract RoutesBuilder routes();

  /** Called once the context exists and {@link #importDir} is set, before the routes start. */
  @Override
  protected RoutesBuilder[] createRouteBuilders() {
    context.getPropertiesComponent().addOverrideProperty("portal.import.dir", importDir.toString());
    return new RoutesBuilder[] {new RouteErrorPolicy(), routes()};
  }

  /**
   * Drops {@code content} as {@code folder/name} the way an operator's script should (written
   * beside it, then moved in) and waits until the route is done with it, moves included.
   */
  protected void drop(Path folder, String name, String content) {
    NotifyBuilder done = new NotifyBuilder(context).whenDone(1).create();
    try {
      Files.createDirectories(folder);
      Path part =
          Files.writeString(folder.resolve(name + ".part"), content, StandardCharsets.UTF_8);
      Files.move(part, folder.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(done.matches(30, TimeUnit.SECONDS)).as("the route took " + name).isTrue();
  }

  /** The names of the files in {@code folder} (none when it does not exist). */
  protected static List<String> filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@link TenantRunner} that runs the work at once and remembers the region it ran in. */
  public static final class RecordingRunner extends TenantRunner {
    public final List<String> ranIn = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public <T> T runAs(RegionCode region, Supplier<T> work) {
      ranIn.add(region.value());
      return work.get();
    }

    @Override
    public <T> T runAsSystem(Supplier<T> work) {
      ranIn.add("system");
      return work.get();
    }
  }
}
