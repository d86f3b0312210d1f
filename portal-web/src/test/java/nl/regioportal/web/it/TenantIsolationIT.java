package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.IndicatorDefinitions;
import nl.regioportal.funding.application.IndicatorLibrary;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;
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
import nl.regioportal.tenant.persistence.TenantOwned;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManager;
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
  @Inject FundingService funding;
  @Inject nl.regioportal.directory.application.Directory directory;
  @Inject IndicatorLibrary indicators;
  @Inject IndicatorDefinitions definitions;
  @Inject TenantEntityManager tenantEm;
  @Inject RawEntityManager raw;
  @Inject nl.regioportal.audit.AuditTrail trail;
  @Inject nl.regioportal.governance.application.GoverningBodies bodies;
  @Inject nl.regioportal.governance.application.Meetings meetings;
  @Inject nl.regioportal.governance.application.AgendaDocuments documents;
  @Inject nl.regioportal.governance.application.Minutes minutes;
  @Inject nl.regioportal.governance.application.CalendarFeeds feeds;
  @Inject nl.regioportal.governance.application.FiguresSnapshots snapshots;

  @Inject nl.regioportal.referral.application.ReferralRetention retention;
  @Resource UserTransaction transaction;

  @Test
  void everyTenantOwnedEntityIsInvisibleAndUntouchableFromAnotherRegion() throws Exception {
    seed(RIJNMOND);
    seed(NOORDOOST_BRABANT);
    List<EntityType<?>> owned =
        raw.em().getMetamodel().getEntities().stream()
            .filter(e -> TenantOwned.class.isAssignableFrom(e.getJavaType()))
            .toList();
    assertTrue(owned.size() >= 4, "the tenant-owned entities were found: " + owned);
    for (EntityType<?> entity : owned) {
      String name = entity.getName();
      ClassDescriptor descriptor =
          raw.em()
              .unwrap(JpaEntityManager.class)
              .getServerSession()
              .getDescriptor(entity.getJavaType());
      String table = descriptor.getTableName();
      String idColumn = descriptor.getPrimaryKeyFields().get(0).getName();
      for (RegionCode region : List.of(RIJNMOND, NOORDOOST_BRABANT)) {
        long stored = nativeCount("select count(*) from " + table + " where tenant_id = ?", region);
        assertTrue(stored > 0, name + " has no rows in region " + region + ": add it to seed()");
        long seen =
            runner.runAs(
                region,
                () ->
                    inTransaction(
                        () ->
                            ((Number)
                                    tenantEm
                                        .em()
                                        .createQuery("select count(e) from " + name + " e")
                                        .getSingleResult())
                                .longValue()));
        assertEquals(stored, seen, name + ": region " + region + " sees exactly its own rows");
      }
      Object foreign =
          raw.em()
              .createNativeQuery(
                  "select " + idColumn + " from " + table + " where tenant_id = ? order by 1")
              .setHint(NATIVE_SQL, true)
              .setParameter(1, NOORDOOST_BRABANT.value())
              .setMaxResults(1)
              .getSingleResult();
      Object id = ((Number) foreign).longValue();
      String idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
      runner.runAs(
          RIJNMOND,
          () -> {
            assertEquals(
                null,
                inTransaction(() -> tenantEm.em().find(entity.getJavaType(), id)),
                name + " " + id + " of region 36 is not found in region 29");
            int deleted =
                inRolledBackTransaction(
                    () ->
                        tenantEm
                            .em()
                            .createQuery(
                                "delete from " + name + " e where e." + idAttribute + " = :id")
                            .setParameter("id", id)
                            .executeUpdate());
            assertEquals(0, deleted, "a delete in region 29 does not reach " + name + " " + id);
          });
    }
  }

  /** One row of every tenant-owned entity in a region, made through the application services. */
  private void seed(RegionCode region) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    runner.runAs(
        region,
        () -> {
          long organisation = organisations.create(other("Isolatie " + unique));
          long location =
              directory.addLocation(organisation, "Isolatie", null, null, "Rotterdam", "GM0599");
          directory.create(
              new nl.regioportal.directory.domain.ServiceDraft(
                  organisation,
                  "Isolatie " + unique,
                  null,
                  "Een dienst van deze test.",
                  null,
                  null,
                  null,
                  null,
                  nl.regioportal.directory.domain.AgeGroup.ALL,
                  null,
                  null,
                  null,
                  true,
                  null,
                  true,
                  null,
                  java.util.Set.of("debt"),
                  java.util.Set.of("GM0599"),
                  java.util.Set.of("nl"),
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(location)));
          funding.create(
              "Isolatie " + unique,
              2027,
              null,
              new KeyDraft(
                  "A",
                  new BigDecimal("1000.00"),
                  List.of(KeyPart.of(KeyPart.EQUAL, "100")),
                  List.of(Participant.of("GM0599", Map.of()), Participant.of("GM0606", Map.of())),
                  Map.of()));
          // an indicator of this test's own: other tests count theirs; registered first, as an
          // import names only indicators the region knows
          if (!definitions.catalogue().isIndicator("isolation_probe")) {
            definitions.register("isolation_probe", "Isolatieproef", "Isolation probe");
          }
          indicators.importFile(
              new StringReader("gemeentecode;waarde\nGM0599;120\nGM0606;30\n"),
              "isolation_probe",
              "Isolatietest " + unique,
              LocalDate.of(2026, 10, 1));
          // a referral with its consent, timeline, delivery setting and an inbound message, and an
          // audit entry: written straight, as the referral services act only for a member's
          // organisation and this seed runs as the system
          inTransaction(
              () -> {
                var em = tenantEm.em();
                java.time.LocalDateTime now = java.time.LocalDateTime.now();
                var consent =
                    new nl.regioportal.referral.domain.ReferralRules.ValidConsent(
                        nl.regioportal.referral.domain.ConsentGiver.STUDENT,
                        null,
                        java.util.EnumSet.of(nl.regioportal.referral.InformationCategory.IDENTITY),
                        "Isolatie",
                        LocalDate.now().plusMonths(1),
                        nl.regioportal.referral.domain.ConsentObtained.IN_PERSON);
                var referral =
                    new nl.regioportal.referral.domain.Referral(
                        new nl.regioportal.referral.domain.ReferralRules.Valid(
                            organisation,
                            organisation,
                            null,
                            "Isolatie",
                            unique,
                            LocalDate.of(2009, 1, 1),
                            "GM0599",
                            null,
                            null,
                            null,
                            java.util.Set.of("income_debt"),
                            null,
                            null,
                            nl.regioportal.referral.domain.Urgency.REGULAR,
                            null,
                            false,
                            consent,
                            List.of()),
                        "isolation",
                        now);
                em.persist(referral);
                em.flush();
                em.persist(
                    new nl.regioportal.referral.domain.ReferralConsent(
                        referral.id(), organisation, consent, "isolation", now));
                em.persist(
                    new nl.regioportal.referral.domain.ReferralEvent(
                        referral.id(),
                        now,
                        "isolation",
                        nl.regioportal.referral.domain.ReferralEvent.Kind.CREATED,
                        null,
                        nl.regioportal.referral.domain.ReferralState.DRAFT,
                        null));
                var delivery =
                    new nl.regioportal.referral.domain.OrganisationDelivery(organisation);
                delivery.set(
                    nl.regioportal.referral.domain.DeliveryChannel.PORTAL,
                    null,
                    null,
                    null,
                    "isolation",
                    now);
                em.persist(delivery);
                em.persist(
                    new nl.regioportal.referral.domain.InboundMessage(
                        referral.id(), "isolation-" + unique, now, "ACCEPTED"));
                var attachment =
                    new nl.regioportal.referral.domain.ReferralAttachment(
                        referral.id(),
                        "isolatie.txt",
                        "text/plain",
                        4,
                        "0".repeat(64),
                        now,
                        "isolation");
                em.persist(attachment);
                em.flush();
                em.persist(
                    new nl.regioportal.referral.domain.ReferralAttachmentContent(
                        attachment.id(), "test".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                trail.record(
                    nl.regioportal.audit.AuditEvent.of(
                            nl.regioportal.audit.AuditAction.VIEW, "isolation test")
                        .referral(referral.id()));
                return null;
              });

          retention.setMonths(24); // the default, stored: a RetentionPeriod row

          // a governing body with a seat for the organisation and a term (issue 11)
          long body =
              bodies.create(
                  new nl.regioportal.governance.domain.BodyDraft(
                      "Isolatie " + unique,
                      nl.regioportal.governance.domain.BodyKind.ADMINISTRATIVE_TABLE,
                      null,
                      null,
                      null));
          long seat =
              bodies.addSeat(
                  body,
                  new nl.regioportal.governance.domain.SeatDraft(
                      nl.regioportal.governance.domain.SeatRole.MEMBER, organisation, "Isolatie"));
          bodies.addTerm(
              body,
              seat,
              new nl.regioportal.governance.domain.TermDraft(
                  "Isolatie", null, null, LocalDate.of(2026, 1, 1), null));
          // yesterday's meeting of the body, held, with a decision on its item and an action
          Governance held = meetingOf(body, dutchToday().minusDays(1), unique);
          meetings.held(held.meeting());
          meetings.decide(
              held.meeting(),
              held.item(),
              new nl.regioportal.governance.domain.DecisionDraft(
                  nl.regioportal.governance.domain.DecisionOutcome.ADOPTED, "Vastgesteld."));
          // its document (and the document's bytes), its minutes, a calendar feed and a figures
          // snapshot on a second item
          documents.add(
              held.meeting(),
              held.item(),
              "isolatie.txt",
              "text/plain",
              nl.regioportal.governance.domain.DocumentType.MEMO,
              true,
              "Isolatie".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          minutes.draft(held.meeting());
          feeds.create(body);
          var snapshot =
              snapshots.create(
                  "Isolatie " + unique,
                  new nl.regioportal.referral.figures.ReportingPeriod(
                      LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
          Governance coming = meetingOf(body, dutchToday().plusDays(7), unique + " later");
          meetings.addItem(
              coming.meeting(),
              new nl.regioportal.governance.domain.ItemDraft(
                  "Cijfers",
                  nl.regioportal.governance.domain.ItemType.DISCUSSION,
                  "Isolatie",
                  null,
                  null,
                  snapshot.id()));
        });
  }

  /** A meeting, its agenda item and the action raised at it. */
  private record Governance(long meeting, long item, long action) {}

  /**
   * A meeting of {@code body} on {@code day} (10:00 to 12:00, Dutch time) with one decision item
   * and one action on it, made through the application service in the active region.
   */
  private Governance meetingOf(long body, LocalDate day, String unique) {
    long meeting =
        meetings.create(
            new nl.regioportal.governance.domain.MeetingDraft(
                body,
                "Isolatie " + unique,
                day.atTime(10, 0),
                day.atTime(12, 0),
                "Stadhuis",
                null,
                false));
    long item = meetings.addItem(meeting, decisionItem("Isolatie " + unique));
    long action = meetings.addAction(meeting, action("Isolatie " + unique, item));
    return new Governance(meeting, item, action);
  }

  private static nl.regioportal.governance.domain.ItemDraft decisionItem(String title) {
    return new nl.regioportal.governance.domain.ItemDraft(
        title,
        nl.regioportal.governance.domain.ItemType.DECISION,
        "Isolatie",
        "Vaststellen.",
        null);
  }

  private static nl.regioportal.governance.domain.ActionDraft action(String text, Long item) {
    return new nl.regioportal.governance.domain.ActionDraft(
        text, "Isolatie", null, null, LocalDate.now().plusDays(14), item);
  }

  private static LocalDate dutchToday() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
  }

  /**
   * Region 36's meeting, its agenda item and its action are not found in region 29 by any read or
   * change (exactly like ids that do not exist), are not listed there, and no call in region 29
   * changes them; region 36's item and body are no item or body of region 29's own meeting either.
   */
  @Test
  void regionACannotReadListOrChangeRegionBsMeetingsItemsAndActions() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    long[] foreignBody = new long[1];
    Governance coming =
        runner.runAs(
            NOORDOOST_BRABANT,
            () -> {
              foreignBody[0] = bodies.create(body("Brabants overleg " + unique));
              return meetingOf(foreignBody[0], dutchToday().plusDays(7), unique);
            });
    Governance past =
        runner.runAs(
            NOORDOOST_BRABANT,
            () -> {
              Governance g = meetingOf(foreignBody[0], dutchToday().minusDays(1), "v" + unique);
              meetings.held(g.meeting());
              return g;
            });
    var before = runner.runAs(NOORDOOST_BRABANT, () -> meetings.get(coming.meeting()));
    long m = coming.meeting();
    long item = coming.item();
    long action = coming.action();
    var move =
        new nl.regioportal.governance.domain.MeetingDraft(
            null,
            "Overgenomen",
            dutchToday().plusDays(9).atTime(10, 0),
            dutchToday().plusDays(9).atTime(11, 0),
            "Elders",
            null,
            false);
    var adopt =
        new nl.regioportal.governance.domain.DecisionDraft(
            nl.regioportal.governance.domain.DecisionOutcome.ADOPTED, "Overgenomen.");

    runner.runAs(
        RIJNMOND,
        () -> {
          assertThrows(NotFoundException.class, () -> meetings.get(m));
          assertThrows(NotFoundException.class, () -> meetings.update(m, before.version(), move));
          assertThrows(NotFoundException.class, () -> meetings.publish(m));
          assertThrows(NotFoundException.class, () -> meetings.cancel(m));
          assertThrows(NotFoundException.class, () -> meetings.held(past.meeting()));
          assertThrows(NotFoundException.class, () -> meetings.addItem(m, decisionItem("Weg")));
          assertThrows(
              NotFoundException.class,
              () -> meetings.updateItem(m, item, 1, decisionItem("Overgenomen")));
          assertThrows(NotFoundException.class, () -> meetings.removeItem(m, item));
          assertThrows(
              NotFoundException.class, () -> meetings.decide(past.meeting(), past.item(), adopt));
          assertThrows(NotFoundException.class, () -> meetings.addAction(m, action("Weg", null)));
          assertThrows(NotFoundException.class, () -> meetings.action(action));
          assertThrows(
              NotFoundException.class,
              () -> meetings.updateAction(action, 1, action("Overgenomen", null)));
          assertThrows(NotFoundException.class, () -> meetings.actionDone(action, true));
          assertTrue(
              meetings.list(null).stream().noneMatch(s -> s.id() == m || s.id() == past.meeting()),
              "region 29 does not list region 36's meetings");
          assertTrue(meetings.list(foreignBody[0]).isEmpty(), "nor those of region 36's body");
          assertTrue(
              meetings.actions(null, false, false).stream().noneMatch(a -> a.id() == action),
              "region 29 does not list region 36's actions");

          // region 36's body takes no meeting here; its item is no item of region 29's meeting
          Exception foreignBodyRefused =
              assertThrows(
                  nl.regioportal.shared.InvalidInputException.class,
                  () ->
                      meetings.create(
                          new nl.regioportal.governance.domain.MeetingDraft(
                              foreignBody[0],
                              "Overgenomen",
                              dutchToday().plusDays(9).atTime(10, 0),
                              dutchToday().plusDays(9).atTime(11, 0),
                              "Elders",
                              null,
                              false)));
          assertEquals(
              "bodyId",
              ((nl.regioportal.shared.InvalidInputException) foreignBodyRefused)
                  .violations()
                  .get(0)
                  .field());
          long own = bodies.create(body("Eigen overleg " + unique));
          Governance mine = meetingOf(own, dutchToday().plusDays(7), "e" + unique);
          assertThrows(
              NotFoundException.class,
              () -> meetings.updateItem(mine.meeting(), item, 1, decisionItem("Overgenomen")));
          assertThrows(NotFoundException.class, () -> meetings.removeItem(mine.meeting(), item));
          Exception foreignItemRefused =
              assertThrows(
                  nl.regioportal.shared.InvalidInputException.class,
                  () -> meetings.addAction(mine.meeting(), action("Overgenomen", item)));
          assertEquals(
              "itemId",
              ((nl.regioportal.shared.InvalidInputException) foreignItemRefused)
                  .violations()
                  .get(0)
                  .field());
          assertEquals(
              1, meetings.get(mine.meeting()).actions().size(), "nothing added to region 29's");
        });

    runner.runAs(
        NOORDOOST_BRABANT,
        () -> {
          var after = meetings.get(m);
          assertEquals(before.version(), after.version(), "region 36's meeting is unchanged");
          assertEquals(before.title(), after.title());
          assertEquals(before.startsAt(), after.startsAt());
          assertEquals(
              nl.regioportal.governance.domain.MeetingStatus.PLANNED,
              after.status(),
              "neither published nor cancelled");
          assertEquals(1, after.items().size(), "no item added or removed");
          assertEquals(before.items().get(0).version(), after.items().get(0).version());
          assertEquals(before.items().get(0).title(), after.items().get(0).title());
          assertEquals(1, after.actions().size(), "no action added");
          var untouched = meetings.action(action);
          assertEquals(before.actions().get(0).version(), untouched.version());
          assertEquals(before.actions().get(0).description(), untouched.description());
          assertTrue(!untouched.done(), "not marked done");
          var held = meetings.get(past.meeting());
          assertEquals(null, held.items().get(0).decision(), "no decision recorded");
          assertTrue(
              meetings.decisions(foreignBody[0]).isEmpty(), "region 36's body decided nothing");
        });
  }

  private static nl.regioportal.governance.domain.BodyDraft body(String name) {
    return new nl.regioportal.governance.domain.BodyDraft(
        name, nl.regioportal.governance.domain.BodyKind.ADMINISTRATIVE_TABLE, null, null, null);
  }

  @Test
  void theSameBusinessKeyMayExistInTwoRegions() {
    String brin = unusedBrin();
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

  private long nativeCount(String sql, RegionCode region) {
    return ((Number)
            raw.em()
                .createNativeQuery(sql)
                .setHint(NATIVE_SQL, true)
                .setParameter(1, region.value())
                .getSingleResult())
        .longValue();
  }

  private <T> T inRolledBackTransaction(Callable<T> work) {
    try {
      transaction.begin();
      try {
        return work.call();
      } finally {
        transaction.rollback();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  /**
   * A BRIN code no organisation of any region has yet (random codes could hit the demo school's or
   * an earlier test's, and then the test failed for the wrong reason). Codes 00-49 are this test's;
   * {@link #clientBrin} hands out 50-98 to tests outside the container; the demo uses 99.
   */
  String unusedBrin() {
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    var random = new java.util.Random();
    for (int attempt = 0; attempt < 100; attempt++) {
      String brin =
          String.format("%02d", random.nextInt(50))
              + letters.charAt(random.nextInt(letters.length()))
              + letters.charAt(random.nextInt(letters.length()));
      Number used =
          (Number)
              raw.em()
                  .createNativeQuery("select count(*) from organisation where brin = ?")
                  .setHint(NATIVE_SQL, true)
                  .setParameter(1, brin)
                  .getSingleResult();
      if (used.intValue() == 0) {
        return brin;
      }
    }
    throw new IllegalStateException("no unused BRIN code found in 100 tries");
  }

  /**
   * A BRIN code for a test outside the container, from 50-98: never one that {@link #unusedBrin} or
   * the demo region hands out, and unique within the run (the database is new every run).
   */
  static synchronized String clientBrin() {
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    int n = CLIENT_BRINS.getAndIncrement();
    return String.format("%02d", 50 + n / (letters.length() * letters.length()))
        + letters.charAt(n / letters.length() % letters.length())
        + letters.charAt(n % letters.length());
  }

  private static final java.util.concurrent.atomic.AtomicInteger CLIENT_BRINS =
      new java.util.concurrent.atomic.AtomicInteger();

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
