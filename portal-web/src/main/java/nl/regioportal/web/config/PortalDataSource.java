package nl.regioportal.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. Its values come from MicroProfile Config (Payara resolves {@code
 * ${MPCONFIG=...}}): by default an embedded H2 file database in MySQL mode; in production MySQL
 * through Connector/J, set by PORTAL_DB_DRIVER (a DataSource class:
 * com.mysql.cj.jdbc.MysqlDataSource), PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD (which
 * has no default: {@link StartupChecks} refuses to start without it).
 */
@ApplicationScoped
@DataSourceDefinition(
    name = "java:global/jdbc/regioportal",
    className = "${MPCONFIG=portal.db.driver}",
    url = "${MPCONFIG=portal.db.url}",
    user = "${MPCONFIG=portal.db.user}",
    password = "${MPCONFIG=portal.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
public class PortalDataSource {}
