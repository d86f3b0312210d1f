package nl.regioportal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Re-writes encrypted columns with the current key (key rotation, ADR 0022): reads a page of rows
 * through the entity's mapping (the converters decrypt with whichever configured key wrote them)
 * and writes each value back with a JPQL update (the converters encrypt with the current key). Rows
 * are re-written whether or not they were already current: JPA shows only the decrypted value, and
 * rotation is rare.
 *
 * <p>A job calls {@link #rewrite} with the tenant-bound EntityManager of its region, one page per
 * transaction, until {@link Page#done()}. The updates are bulk updates: they bypass the entity's
 * version and listeners, which is right for a value that does not change.
 */
public final class EncryptedColumns {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** What one call re-wrote, and where the next starts. */
  public record Page(int rewritten, long lastId, boolean done) {}

  private EncryptedColumns() {}

  /**
   * Re-writes {@code attributes} of up to {@code pageSize} rows of {@code entity} with an id
   * greater than {@code afterId}, in id order.
   *
   * @param entity an entity with a numeric id
   * @param attributes the attribute names of its encrypted fields
   */
  public static Page rewrite(
      EntityManager em, Class<?> entity, long afterId, int pageSize, String... attributes) {
    Objects.requireNonNull(entity, "entity is required");
    if (attributes.length == 0 || pageSize < 1) {
      throw new IllegalArgumentException("Name at least one attribute and a page of 1 or more");
    }
    EntityType<?> type = em.getMetamodel().entity(entity);
    String name = type.getName();
    String id = type.getId(type.getIdType().getJavaType()).getName();
    StringBuilder select = new StringBuilder("select e.").append(id);
    StringBuilder update = new StringBuilder("update ").append(name).append(" e set ");
    for (int i = 0; i < attributes.length; i++) {
      String a = attributes[i];
      if (!NAME.matcher(a).matches()) {
        throw new IllegalArgumentException("Not an attribute name: " + a);
      }
      type.getAttribute(a);
      select.append(", e.").append(a);
      update.append(i == 0 ? "" : ", ").append("e.").append(a).append(" = :v").append(i);
    }
    select.append(" from ").append(name).append(" e where e.").append(id);
    select.append(" > :after order by e.").append(id);
    update.append(" where e.").append(id).append(" = :id");
    List<Object[]> rows =
        em.createQuery(select.toString(), Object[].class)
            .setParameter("after", afterId)
            .setMaxResults(pageSize)
            .getResultList();
    long last = afterId;
    for (Object[] row : rows) {
      var query = em.createQuery(update.toString()).setParameter("id", row[0]);
      for (int i = 0; i < attributes.length; i++) {
        query.setParameter("v" + i, row[i + 1]);
      }
      query.executeUpdate();
      last = ((Number) row[0]).longValue();
    }
    return new Page(rows.size(), last, rows.size() < pageSize);
  }
}
