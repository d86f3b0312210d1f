package nl.regioportal.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.organisation.domain.OrganisationRules;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Re-keys every organisation's {@code name_key} (unique per region and type since V4, {@code
 * uq_org_name}) with {@link OrganisationRules#nameKey}, which since this version also folds
 * non-breaking and other Unicode spaces, compatibility forms and invisible characters. In Java,
 * because SQL has no Unicode normalisation; plain JDBC, the same on H2 and MySQL/MariaDB.
 *
 * <p>Names that were distinct before and are the same now ({@code "Wijkteam Noord"} and {@code
 * "Wijkteam\u00a0Noord"}) must not fail the upgrade: the oldest organisation (lowest id) of each
 * group keeps the plain key, each later one gets {@code "<key> #<id>"}, logged as a warning with
 * both ids. Nothing else changes (names, ids, references); a later edit of such an organisation is
 * refused until it is renamed or merged by hand, so the region sees the duplicate. A key the
 * database's collation still finds equal to another (MySQL's {@code utf8mb4_unicode_ci} also
 * ignores accents) is disambiguated the same way.
 */
public class V10__Organisation_name_keys extends BaseJavaMigration {

  private static final Logger LOG = Logger.getLogger(V10__Organisation_name_keys.class.getName());

  /** The width of {@code organisation.name_key}. */
  static final int KEY_MAX = 200;

  private record Row(long id, String tenant, String type, String name, String oldKey) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select =
            c.prepareStatement(
                "select id, tenant_id, type, name, name_key from organisation order by id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new Row(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    // the oldest of each (region, type, key) claims the key; the rest are told apart after
    Map<String, Long> firstOfKey = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    Map<Long, String> keys = new LinkedHashMap<>();
    for (Row r : rows) {
      String key = cut(OrganisationRules.nameKey(r.name()), KEY_MAX);
      String scoped = r.tenant() + '\n' + r.type() + '\n' + key;
      if (firstOfKey.putIfAbsent(scoped, r.id()) == null) {
        taken.add(scoped);
        keys.put(r.id(), key);
      }
    }
    for (Row r : rows) {
      if (!keys.containsKey(r.id())) {
        String key = cut(OrganisationRules.nameKey(r.name()), KEY_MAX);
        String scope = r.tenant() + '\n' + r.type() + '\n';
        String own = free(key, r.id(), scope, taken);
        taken.add(scope + own);
        keys.put(r.id(), own);
        LOG.warning(
            () ->
                "Organisation "
                    + r.id()
                    + " of region "
                    + r.tenant()
                    + " ("
                    + r.type()
                    + ", \""
                    + r.name()
                    + "\") has the same name as organisation "
                    + firstOfKey.get(scope + key)
                    + "; its name key is now \""
                    + own
                    + "\" until one of them is renamed");
      }
    }
    List<Row> changed = rows.stream().filter(r -> !keys.get(r.id()).equals(r.oldKey())).toList();
    // first out of each other's way (a key never holds a tab), then the new keys
    try (PreparedStatement update =
        c.prepareStatement("update organisation set name_key = ? where id = ?")) {
      for (Row r : changed) {
        update.setString(1, "\t" + r.id());
        update.setLong(2, r.id());
        update.executeUpdate();
      }
      for (Row r : changed) {
        String key = keys.get(r.id());
        String scope = r.tenant() + '\n' + r.type() + '\n';
        for (int attempt = 0; ; attempt++) {
          update.setString(1, key);
          update.setLong(2, r.id());
          try {
            update.executeUpdate();
            break;
          } catch (SQLException e) {
            if (attempt >= 3 || !uniqueViolation(e)) {
              throw e;
            }
            String equalToTheDatabase = key;
            // the next free "#id" variant: each one tried is taken by now
            key = free(cut(OrganisationRules.nameKey(r.name()), KEY_MAX), r.id(), scope, taken);
            taken.add(scope + key);
            String now = key;
            LOG.warning(
                () ->
                    "Organisation "
                        + r.id()
                        + " of region "
                        + r.tenant()
                        + ": the database finds its name key \""
                        + equalToTheDatabase
                        + "\" equal to another's; its name key is now \""
                        + now
                        + "\" until one of them is renamed");
          }
        }
      }
    }
    LOG.info(
        () -> "Organisation name keys: " + changed.size() + " of " + rows.size() + " re-keyed");
  }

  /** {@code key #id} (shortened to fit), or with a counter when even that is taken. */
  private static String free(String key, long id, String scope, Set<String> taken) {
    for (int n = 1; ; n++) {
      String suffix = " #" + id + (n == 1 ? "" : "-" + n);
      String candidate = cut(key, KEY_MAX - suffix.length()) + suffix;
      if (!taken.contains(scope + candidate)) {
        return candidate;
      }
    }
  }

  /** At most {@code max} characters, never half a surrogate pair. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end).stripTrailing();
  }

  private static boolean uniqueViolation(SQLException e) {
    return e instanceof SQLIntegrityConstraintViolationException
        || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
  }
}
