package nl.regioportal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import nl.regioportal.integration.CamelBootstrap;
import nl.regioportal.persistence.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers, its schema is migrated, Camel runs and the instance has been
 * warmed ({@link Warmup}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject SchemaMigration schema;
  @Inject CamelBootstrap camel;
  @Inject Warmup warmup;

  @Override
  public HealthCheckResponse call() {
    boolean database;
    try (Connection c = SchemaMigration.dataSource().getConnection()) {
      database = c.isValid(2);
    } catch (Exception e) {
      database = false;
    }
    return HealthCheckResponse.named("portal")
        .status(database && schema.isMigrated() && camel.isStarted() && warmup.isDone())
        .withData("database", database)
        .withData("schemaMigrated", schema.isMigrated())
        .withData("camel", camel.isStarted())
        .withData("warmup", warmup.outcome())
        .withData("instance", warmup.instance())
        .build();
  }
}
