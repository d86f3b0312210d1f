package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.regioportal.organisation.application.OrganisationQuery;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.Organisation;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationRules;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.NoTenantException;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantRunner;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro against MariaDB/MySQL: proves that a region (tenant) can neither see nor
 * change another region's rows, that the same business key may exist in two regions, and that a
 * tenant-owned row cannot be written without a region.
 */
@ExtendWith({KeycloakServer.class, ArquillianExtension.class})
class TenantIsolationIT {

  static final RegionCode RIJNMOND = new RegionCode("29");
  static final RegionCode NOORDOOST_BRABANT = new RegionCode("36");

  /**
   * Native SQL is off for a multitenant unit; this test reads around the tenant filter on purpose.
   */
  private static final String NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal()
        .addClasses(TenantIsolationIT.class, RawEntityManager.class, KeycloakServer.class);
  }

  @Inject TenantRunner runner;
  @Inject OrganisationService organisations;
  @Inject TenantEntityManager tenantEm;
  @Inject RawEntityManager raw;
  @Resource UserTransaction transaction;

  @Test
  void theSameBusinessKeyMayExistInTwoRegions() {
    String brin = uniqueBrin();
    long a =
        runner.runAs(
            RIJNMOND, () -> organisations.create(school("ROC Twee Regio's " + brin, brin)));
    long b =
        runner.runAs(
            NOORDOOST_BRABANT,
            () -> organisations.create(school("ROC Twee Regio's " + brin, brin)));

    assertNotEquals(a, b);
    assertEquals(brin, runner.runAs(RIJNMOND, () -> organisations.get(a).brin()));
    assertEquals(brin, runner.runAs(NOORDOOST_BRABANT, () -> organisations.get(b).brin()));
    assertEquals("29", tenantOf(a));
    assertEquals("36", tenantOf(b));
  }

  @Test
  void regionACannotReadListUpdateOrDeleteRegionBsRows() throws Exception {
    String name = "Alleen in Brabant " + UUID.randomUUID();
    long b = runner.runAs(NOORDOOST_BRABANT, () -> organisations.create(other(name)));

    runner.runAs(
        RIJNMOND,
        () -> {
          assertThrows(NotFoundException.class, () -> organisations.get(b));
          assertTrue(organisations.find(b).isEmpty());
          assertTrue(
              organisations
                  .search(new OrganisationQuery(name, null, true, null, true, 0, 50))
                  .items()
                  .isEmpty(),
              "region 29 must not list region 36's organisation");
          assertThrows(
              NotFoundException.class, () -> organisations.update(b, 1, other("Overgenomen")));
          assertThrows(NotFoundException.class, () -> organisations.deactivate(b));
        });

    int updated =
        runner.runAs(
            RIJNMOND,
            () ->
                inTransaction(
                    () ->
                        tenantEm
                            .em()
                            .createQuery(
                                "update Organisation o set o.name = 'weg' where o.id = :id")
                            .setParameter("id", b)
                            .executeUpdate()));
    int deleted =
        runner.runAs(
            RIJNMOND,
            () ->
                inTransaction(
                    () ->
                        tenantEm
                            .em()
                            .createQuery("delete from Organisation o where o.id = :id")
                            .setParameter("id", b)
                            .executeUpdate()));

    assertEquals(0, updated, "a bulk update in region 29 must not reach region 36");
    assertEquals(0, deleted, "a bulk delete in region 29 must not reach region 36");
    runner.runAs(
        NOORDOOST_BRABANT,
        () -> {
          assertEquals(name, organisations.get(b).name());
          assertTrue(organisations.get(b).active());
        });
  }

  @Test
  void tenantOwnedDataIsRefusedWithoutARegion() throws Exception {
    String name = "Zonder regio " + UUID.randomUUID();
    transaction.begin();
    try {
      assertThrows(NoTenantException.class, () -> tenantEm.em());
      Organisation orphan = new Organisation(valid(other(name)));
      Exception refused =
          assertThrows(
              Exception.class,
              () -> {
                raw.em().persist(orphan);
                raw.em().flush();
              });
      assertTrue(
          causedBy(refused, NoTenantException.class), "refused for the missing tenant: " + refused);
    } finally {
      transaction.rollback();
    }
    Number written =
        (Number)
            raw.em()
                .createNativeQuery("select count(*) from organisation where name = ?")
                .setHint(NATIVE_SQL, true)
                .setParameter(1, name)
                .getSingleResult();
    assertEquals(0, written.intValue());
  }

  private String tenantOf(long id) {
    return (String)
        raw.em()
            .createNativeQuery("select tenant_id from organisation where id = ?")
            .setHint(NATIVE_SQL, true)
            .setParameter(1, id)
            .getSingleResult();
  }

  private <T> T inTransaction(Callable<T> work) {
    try {
      transaction.begin();
      try {
        T result = work.call();
        transaction.commit();
        return result;
      } catch (Exception e) {
        transaction.rollback();
        throw e;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  static String uniqueBrin() {
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    var random = new java.util.Random();
    return String.format("%02d", random.nextInt(100))
        + letters.charAt(random.nextInt(letters.length()))
        + letters.charAt(random.nextInt(letters.length()));
  }

  static OrganisationDraft school(String name, String brin) {
    return new OrganisationDraft(
        OrganisationType.SCHOOL,
        name,
        brin,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        Set.of(),
        Set.of());
  }

  static OrganisationDraft other(String name) {
    return new OrganisationDraft(
        OrganisationType.OTHER,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        Set.of(),
        Set.of());
  }

  private static OrganisationRules.Valid valid(OrganisationDraft draft) {
    return new OrganisationRules(c -> true, r -> true).check(draft, RIJNMOND).valid();
  }
}
