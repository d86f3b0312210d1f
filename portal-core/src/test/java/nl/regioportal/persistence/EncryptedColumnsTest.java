package nl.regioportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The converters inside EclipseLink on H2: what reaches the column is encrypted, what comes back is
 * the value, a changed column fails the read, and {@link EncryptedColumns#rewrite} moves rows to
 * the current key.
 */
class EncryptedColumnsTest {

  private final String url =
      "jdbc:h2:mem:crypto-"
          + UUID.randomUUID()
          + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
  private final Map<String, String> settings = new HashMap<>();
  private EntityManagerFactory emf;

  @BeforeEach
  void setUp() throws Exception {
    jdbc(
        "create table encrypted_probe (id bigint primary key, family_name varchar(208),"
            + " birth_date varchar(100))");
    settings.put(Keys.KEYS, "a:" + KeyRingTest.b64(1));
    settings.put(Keys.CURRENT, "a");
    settings.put(Keys.PSEUDONYM, KeyRingTest.b64(9));
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    emf =
        Persistence.createEntityManagerFactory(
            "crypto-test",
            Map.of(
                "jakarta.persistence.jdbc.url",
                url,
                "jakarta.persistence.jdbc.user",
                "sa",
                "jakarta.persistence.jdbc.password",
                ""));
  }

  @AfterEach
  void tearDown() {
    emf.close();
    Keys.use(null);
  }

  @Test
  void theColumnHoldsOnlyCiphertextAndTheEntityTheValue() throws Exception {
    tx(em -> em.persist(new EncryptedProbe(1, "Van der Berg", LocalDate.of(2009, 4, 17))));

    assertThat(raw(1, "family_name")).startsWith("v1:a:").doesNotContain("Berg");
    assertThat(raw(1, "birth_date")).startsWith("v1:a:").doesNotContain("2009");
    EncryptedProbe read = read(1);
    assertThat(read.familyName()).isEqualTo("Van der Berg");
    assertThat(read.birthDate()).isEqualTo(LocalDate.of(2009, 4, 17));
  }

  @Test
  void aChangedColumnFailsTheReadInsteadOfGivingGarbage() throws Exception {
    tx(em -> em.persist(new EncryptedProbe(1, "Jansen", LocalDate.of(2009, 4, 17))));
    String stored = raw(1, "family_name");
    int at = stored.length() / 2; // a character of the ciphertext, away from Base64 padding
    String changed =
        stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);
    jdbc("update encrypted_probe set family_name = '" + changed + "' where id = 1");

    assertThatThrownBy(() -> read(1))
        .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
        .satisfies(
            e -> assertThat(causes(e)).anyMatch(UndecryptableValueException.class::isInstance));
  }

  @Test
  void rotationRewritesEveryRowWithTheCurrentKey() throws Exception {
    for (long id = 1; id <= 5; id++) {
      long n = id;
      tx(em -> em.persist(new EncryptedProbe(n, "Jansen " + n, LocalDate.of(2009, 4, (int) n))));
    }
    // add key b and make it current; a stays readable
    settings.put(Keys.KEYS, "a:" + KeyRingTest.b64(1) + ",b:" + KeyRingTest.b64(2));
    settings.put(Keys.CURRENT, "b");
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    assertThat(read(3).familyName()).isEqualTo("Jansen 3");

    long after = 0;
    int pages = 0;
    EncryptedColumns.Page page;
    do {
      long from = after;
      EncryptedColumns.Page[] out = new EncryptedColumns.Page[1];
      tx(
          em ->
              out[0] =
                  EncryptedColumns.rewrite(
                      em, EncryptedProbe.class, from, 2, "familyName", "birthDate"));
      page = out[0];
      after = page.lastId();
      pages++;
    } while (!page.done());
    assertThat(pages).isEqualTo(3);

    for (long id = 1; id <= 5; id++) {
      assertThat(raw(id, "family_name")).startsWith("v1:b:");
      assertThat(raw(id, "birth_date")).startsWith("v1:b:");
    }
    // now a can go
    settings.put(Keys.KEYS, "b:" + KeyRingTest.b64(2));
    Keys.use(name -> Optional.ofNullable(settings.get(name)));
    assertThat(read(5).familyName()).isEqualTo("Jansen 5");
    assertThat(read(5).birthDate()).isEqualTo(LocalDate.of(2009, 4, 5));
  }

  private static java.util.List<Throwable> causes(Throwable e) {
    java.util.List<Throwable> all = new java.util.ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.add(t);
    }
    return all;
  }

  private EncryptedProbe read(long id) {
    EntityManager em = emf.createEntityManager();
    try {
      return em.find(EncryptedProbe.class, id);
    } finally {
      em.close();
    }
  }

  private void tx(Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  private String raw(long id, String column) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select " + column + " from encrypted_probe where id = " + id)) {
      r.next();
      return r.getString(1);
    }
  }

  private void jdbc(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
