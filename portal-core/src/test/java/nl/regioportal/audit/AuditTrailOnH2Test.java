package nl.regioportal.audit;

import java.util.UUID;

/** The audit trail on the embedded default: H2 2.2 in MySQL mode, as the run command uses it. */
class AuditTrailOnH2Test extends AuditTrailDatabaseTest {

  private final String url =
      "jdbc:h2:mem:audit-"
          + UUID.randomUUID()
          + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
          + ";LOCK_TIMEOUT=20000";

  @Override
  String url() {
    return url;
  }
}
