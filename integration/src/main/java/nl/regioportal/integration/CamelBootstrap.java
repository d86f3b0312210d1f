package nl.regioportal.integration;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import nl.regioportal.persistence.SchemaMigration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/**
 * Owns the application's one {@link CamelContext} (camel-cdi no longer exists in Camel 4; see ADR
 * 0004). It starts after the schema is migrated, adds every {@link RoutesBuilder} CDI knows (the
 * route configurations, i.e. the {@link RouteErrorPolicy}, before the routes), resolves {@code
 * {{placeholders}}} from MicroProfile Config, and stops the context when the application stops, so
 * in-flight exchanges finish before the database goes away.
 */
@ApplicationScoped
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Inject @Any Instance<RoutesBuilder> routes;
  @Inject Config config;
  @Inject SchemaMigration schema;

  private CamelContext camel;

  void onStart(
      @Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
          Object event)
      throws Exception {
    schema.migrate();
    DefaultCamelContext context = new DefaultCamelContext();
    context.getCamelContextExtension().setName("regioportal");
    context.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
    context.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigSource(config));
    addAll(context, routes);
    context.start();
    camel = context;
    LOG.info(() -> "Camel started with " + context.getRoutes().size() + " route(s)");
  }

  /**
   * Adds the builders to {@code context} as Camel's own main does: route configurations (the {@link
   * RouteErrorPolicy}) first, as they apply to the routes added after them, then the routes. {@code
   * addRoutes} alone would silently drop a route configuration.
   */
  public static void addAll(CamelContext context, Iterable<? extends RoutesBuilder> builders)
      throws Exception {
    for (RoutesBuilder builder : builders) {
      if (builder instanceof RouteConfigurationsBuilder configuration) {
        context.addRoutesConfigurations(configuration);
      }
    }
    for (RoutesBuilder builder : builders) {
      if (!(builder instanceof RouteConfigurationsBuilder)) {
        context.addRoutes(builder);
      }
    }
  }

  /** The running context; for health checks and tests. */
  public CamelContext context() {
    if (camel == null) {
      throw new IllegalStateException("Camel has not started");
    }
    return camel;
  }

  /**
   * The application's one producer template (thread-safe, made on first use): what the outbox
   * handlers send their messages to the routes with.
   */
  public ProducerTemplate template() {
    ProducerTemplate t = template;
    if (t == null) {
      synchronized (this) {
        if (template == null) {
          template = context().createProducerTemplate();
        }
        t = template;
      }
    }
    return t;
  }

  private volatile ProducerTemplate template;

  public boolean isStarted() {
    return camel != null && camel.isStarted();
  }

  @Inject nl.regioportal.system.SystemJobs jobs;

  @PreDestroy
  void stop() {
    if (camel != null) {
      camel.stop();
      try {
        int released = jobs.releaseOwn();
        if (released > 0) {
          LOG.info(() -> "Handed back " + released + " claimed system job(s) on stopping");
        }
      } catch (RuntimeException e) {
        LOG.warning(
            () -> "Could not hand back claimed system jobs (their leases will run out): " + e);
      }
    }
  }

  /** Lets routes use {@code {{name}}} for any MicroProfile Config property. */
  private record MicroProfileConfigSource(Config config) implements PropertiesSource {
    @Override
    public String getName() {
      return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
      return config.getOptionalValue(name, String.class).orElse(null);
    }
  }
}
