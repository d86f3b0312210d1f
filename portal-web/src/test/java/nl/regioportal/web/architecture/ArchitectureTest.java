package nl.regioportal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.tenant.persistence.TenantEntityManager;
import nl.regioportal.tenant.persistence.TenantOwned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules the architecture rests on, checked on the compiled classes of every module: modules
 * point one way, the domain knows no Faces, JAX-RS or Camel, pages and resources never touch an
 * EntityManager, and tenant-owned entities are reached only through the tenant-bound door.
 */
class ArchitectureTest {

  /** The domain and its application services: portal-core and tenants. */
  private static final String[] DOMAIN = {
    "nl.regioportal.organisation..",
    "nl.regioportal.governance..",
    "nl.regioportal.funding..",
    "nl.regioportal.directory..",
    "nl.regioportal.region..",
    "nl.regioportal.tenant..",
    "nl.regioportal.shared..",
    "nl.regioportal.persistence..",
    "nl.regioportal.system.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.regioportal");
    assertThat(classes).as("classes of every module were imported").hasSizeGreaterThan(100);
  }

  @Test
  void theDomainKnowsNoFacesJaxRsServletsOrCamel() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.faces..",
            "org.primefaces..",
            "jakarta.ws.rs..",
            "jakarta.servlet..",
            "org.apache.camel..")
        .because("the domain is used by pages, the API and routes alike (ADR 0001)")
        .check(classes);
  }

  @Test
  void modulesPointOneWay() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.regioportal.web..", "nl.regioportal.integration..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("nl.regioportal.integration..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("nl.regioportal.web..")
        .check(classes);
  }

  @Test
  void pageBeansAndRestResourcesNeverTouchAnEntityManager() {
    noClasses()
        .that()
        .resideInAnyPackage("nl.regioportal.web..", "nl.regioportal.integration..")
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(
            jakarta.persistence.EntityManager.class,
            jakarta.persistence.EntityManagerFactory.class,
            jakarta.persistence.Query.class,
            jakarta.persistence.TypedQuery.class,
            TenantEntityManager.class)
        .because("pages, resources and routes call application services, which own transactions")
        .check(classes);
  }

  @Test
  void tenantOwnedEntitiesAreReachedOnlyThroughTheTenantBoundEntityManager() {
    classes()
        .that()
        .containAnyFieldsThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are annotated with @PersistenceContext",
                f -> f.isAnnotatedWith(PersistenceContext.class)))
        .should(notTouchTenantOwnedEntities())
        .because(
            "an EntityManager without the tenant id set would see every region's rows:"
                + " tenant-owned data goes through TenantEntityManager.em()")
        .check(classes);
  }

  @Test
  void onlyTheSystemScopePathRunsNativeSql() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(
            nl.regioportal.system.SystemJobs.class,
            nl.regioportal.referral.application.ReferralLanes.class)
        .should()
        .callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
        .orShould()
        .callMethod(
            jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
        .orShould()
        .callMethod(
            jakarta.persistence.EntityManager.class,
            "createNativeQuery",
            String.class,
            String.class)
        .because(
            "native SQL bypasses the tenant filter; the claim of system jobs (ADR 0010) and the"
                + " lane head's SKIP LOCKED (ADR 0023, its region named in the SQL) are the"
                + " exceptions")
        .check(classes);
  }

  @Test
  void everyEntityIsTenantOwnedOrDeclaredGlobal() {
    Set<String> global =
        Set.of(
            "nl.regioportal.region.Region",
            "nl.regioportal.region.Municipality",
            "nl.regioportal.region.MunicipalityMembership",
            "nl.regioportal.tenant.MembershipRecord",
            "nl.regioportal.system.SystemJob",
            "nl.regioportal.system.OutboxMail",
            "nl.regioportal.referral.domain.OutboxEntry",
            "nl.regioportal.audit.AuditHead",
            "nl.regioportal.directory.domain.DirectoryTerm",
            "nl.regioportal.directory.domain.IndexFeedEntry");
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should(
            new ArchCondition<JavaClass>(
                "extend TenantOwned or be declared global reference data") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isAssignableTo(TenantOwned.class) || global.contains(c.getName());
                events.add(
                    new SimpleConditionEvent(
                        c,
                        ok,
                        c.getName()
                            + " is neither tenant-owned nor in the list of global entities"
                            + " (docs/architecture.md, Tenancy)"));
              }
            })
        .check(classes);
  }

  @Test
  void everyEntityIsListedInThePersistenceUnit() throws Exception {
    String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("<class>([\\w.]+)</class>").matcher(xml);
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> entities = new TreeSet<>();
    for (JavaClass c : classes) {
      if (c.isAnnotatedWith(Entity.class)
          || c.isAnnotatedWith(jakarta.persistence.Embeddable.class)
          || c.isAnnotatedWith(jakarta.persistence.MappedSuperclass.class)) {
        entities.add(c.getName());
      }
    }
    assertThat(entities).isNotEmpty();
    assertThat(listed).as("persistence.xml lists every mapped class").containsAll(entities);
  }

  private static ArchCondition<JavaClass> notTouchTenantOwnedEntities() {
    return new ArchCondition<>("not depend on tenant-owned entities") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass target = d.getTargetClass();
          if (target.isAssignableTo(TenantOwned.class)
              && !target.isEquivalentTo(TenantOwned.class)) {
            events.add(SimpleConditionEvent.violated(c, d.getDescription()));
          }
        }
      }
    };
  }
}
