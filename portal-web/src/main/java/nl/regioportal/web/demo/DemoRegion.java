package nl.regioportal.web.demo;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioportal.funding.application.FundingService;
import nl.regioportal.funding.application.IndicatorSource;
import nl.regioportal.funding.application.KeyDraft;
import nl.regioportal.funding.engine.IndicatorValue;
import nl.regioportal.funding.engine.KeyPart;
import nl.regioportal.funding.engine.Participant;
import nl.regioportal.governance.application.GoverningBodies;
import nl.regioportal.governance.application.Meetings;
import nl.regioportal.governance.domain.ActionDraft;
import nl.regioportal.governance.domain.BodyDraft;
import nl.regioportal.governance.domain.BodyKind;
import nl.regioportal.governance.domain.DecisionDraft;
import nl.regioportal.governance.domain.DecisionOutcome;
import nl.regioportal.governance.domain.ItemDraft;
import nl.regioportal.governance.domain.ItemType;
import nl.regioportal.governance.domain.MeetingDraft;
import nl.regioportal.governance.domain.SeatDraft;
import nl.regioportal.governance.domain.SeatRole;
import nl.regioportal.governance.domain.TermDraft;
import nl.regioportal.organisation.application.OrganisationService;
import nl.regioportal.organisation.domain.LocationDraft;
import nl.regioportal.organisation.domain.OrganisationDraft;
import nl.regioportal.organisation.domain.OrganisationType;
import nl.regioportal.persistence.SchemaMigration;
import nl.regioportal.tenant.Membership;
import nl.regioportal.tenant.MembershipDirectory;
import nl.regioportal.tenant.PortalRole;
import nl.regioportal.tenant.RegionCode;
import nl.regioportal.tenant.TenantRunner;
import nl.regioportal.web.config.RunMode;
import nl.regioportal.web.security.DemoUsers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo region once, in development mode: organisations in Rijnmond (29) and the demo
 * users' memberships. Runs again only on an empty database. Prints where the portal is and who can
 * sign in. The organisations are fictitious; no real person appears.
 */
@ApplicationScoped
public class DemoRegion {

  public static final RegionCode RIJNMOND = new RegionCode("29");
  private static final Logger LOG = Logger.getLogger(DemoRegion.class.getName());

  @Inject RunMode runMode;
  @Inject SchemaMigration schema;
  @Inject TenantRunner runner;
  @Inject OrganisationService organisations;
  @Inject MembershipDirectory memberships;
  @Inject FundingService funding;
  @Inject DemoDirectory demoDirectory;
  @Inject GoverningBodies bodies;
  @Inject Meetings meetings;
  @Inject nl.regioportal.governance.application.FiguresSnapshots snapshots;

  @Inject
  @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Resource UserTransaction transaction;

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 100)
          @Initialized(ApplicationScoped.class)
          Object event) {
    if (!runMode.demoEnabled()) {
      return;
    }
    schema.migrate();
    if (memberships.membershipsOf("coordinator").isEmpty()) {
      load();
    }
    StringBuilder banner = new StringBuilder("\n\n  Regioportaal (development mode) is running.\n");
    banner.append("  Open ").append(publicUrl).append("/ and sign in as one of:\n");
    DemoUsers.ALL.forEach(
        u ->
            banner.append(
                String.format(
                    "    %-12s / %s   %s%n", u.username(), DemoUsers.PASSWORD, u.description())));
    banner.append("  Health: ").append(publicUrl).append("/health/ready\n");
    LOG.info(banner::toString);
  }

  Map<String, Long> createOrganisations() {
    long school =
        organisations.create(
            draft(
                OrganisationType.SCHOOL,
                "ROC Maasstad (demo)",
                "99XA",
                null,
                null,
                "info@roc-maasstad.example.org",
                new LocationDraft("Hoofdlocatie", "Schiekade 1", "3032 AJ", "Rotterdam"),
                Set.of("GM0599", "GM0606", "GM0622", "GM0489")));
    long rotterdam =
        organisations.create(
            draft(
                OrganisationType.MUNICIPALITY,
                "Gemeente Rotterdam",
                null,
                "GM0599",
                null,
                "rmc@rotterdam.example.org",
                new LocationDraft(null, "Coolsingel 40", "3011 AD", "Rotterdam"),
                Set.of("GM0599")));
    long schiedam =
        organisations.create(
            draft(
                OrganisationType.MUNICIPALITY,
                "Gemeente Schiedam",
                null,
                "GM0606",
                null,
                "leerplicht@schiedam.example.org",
                new LocationDraft(null, "Stadserf 1", "3112 DZ", "Schiedam"),
                Set.of("GM0606")));
    long wijkteam =
        organisations.create(
            draft(
                OrganisationType.CARE_PARTNER,
                "Wijkteam Feijenoord (demo)",
                null,
                null,
                "90000001",
                "wijkteam-feijenoord@example.org",
                new LocationDraft(null, "Beijerlandselaan 2", "3074 EJ", "Rotterdam"),
                Set.of("GM0599")));
    long ggz =
        organisations.create(
            draft(
                OrganisationType.CARE_PARTNER,
                "GGZ Jong Rijnmond (demo)",
                null,
                null,
                "90000002",
                "aanmelden@ggz-jong.example.org",
                new LocationDraft(null, "Maasboulevard 5", "3011 TX", "Rotterdam"),
                Set.of("GM0599", "GM0606", "GM0622", "GM0556", "GM1930")));
    return Map.of(
        "school",
        school,
        "roc",
        school,
        "rotterdam",
        rotterdam,
        "schiedam",
        schiedam,
        "wijkteam",
        wijkteam,
        "ggz",
        ggz);
  }

  /**
   * The demo region's administrative table and its preparation group (issue 11), with seats held by
   * made-up people (no real names) for the 2026-2029 programme.
   */
  void createBodies(Map<String, Long> ids) {
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate end = LocalDate.of(2029, 12, 31);
    long table =
        bodies.create(
            new BodyDraft(
                "Bestuurlijk overleg RMC Rijnmond (demo)",
                BodyKind.ADMINISTRATIVE_TABLE,
                "Wethouders, schoolbestuurders en directeuren van zorgpartners besluiten samen over"
                    + " het regionaal programma 2026-2029 en de verdeelsleutel.",
                null,
                true));
    seat(
        table, SeatRole.CHAIR, ids.get("rotterdam"), "Wethouder onderwijs", "A. Voorzitter", start);
    seat(table, SeatRole.SECRETARY, null, "Programmasecretaris RMC", "B. Secretaris", start);
    seat(table, SeatRole.MEMBER, ids.get("schiedam"), "Wethouder jeugd", "C. Lid", start);
    seat(table, SeatRole.MEMBER, ids.get("roc"), "Lid college van bestuur", "D. Lid", start);
    seat(table, SeatRole.MEMBER, ids.get("ggz"), "Directeur", null, start);
    long group =
        bodies.create(
            new BodyDraft(
                "Ambtelijk voorportaal RMC Rijnmond (demo)",
                BodyKind.PREPARATION_GROUP,
                "Beleidsmedewerkers van gemeenten, scholen en zorgpartners bereiden het bestuurlijk"
                    + " overleg voor.",
                table,
                true));
    seat(group, SeatRole.CHAIR, ids.get("rotterdam"), "Beleidsadviseur", "E. Voorbereider", start);
    seat(group, SeatRole.MEMBER, ids.get("schiedam"), "Beleidsmedewerker", "F. Lid", start);
    seat(group, SeatRole.ADVISER, ids.get("wijkteam"), "Teamleider", "G. Adviseur", start);
    LOG.info(() -> "Demo bodies: the table and its preparation group, terms until " + end);
    createMeetings(table);
  }

  /**
   * Two meetings of the demo table around the day the demo is loaded: one held three weeks before,
   * with a decision and two actions (one done, one overdue and so carried), and one in two weeks
   * with its agenda published and the funding key's published version on it for decision.
   */
  private void createMeetings(long table) {
    java.time.LocalDateTime now =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"))
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    java.time.LocalDateTime past = now.minusWeeks(3).withHour(14);
    long held =
        meetings.create(
            new MeetingDraft(
                table,
                "Bestuurlijk overleg (demo, eerder)",
                past,
                past.plusHours(2),
                "Stadhuis Rotterdam, kamer 3",
                null,
                true));
    meetings.addItem(
        held,
        new ItemDraft("Opening en mededelingen", ItemType.INFORMATION, "Voorzitter", null, null));
    meetings.addItem(
        held,
        new ItemDraft(
            "Cijfers voortijdig schoolverlaten 2025-2026",
            ItemType.DISCUSSION,
            "RMC-coördinator",
            null,
            null));
    long plan =
        meetings.addItem(
            held,
            new ItemDraft(
                "Regionaal programma 2026-2029: werkplan 2027",
                ItemType.DECISION,
                "RMC-coördinator",
                "Het overleg stelt het werkplan 2027 vast.",
                null));
    meetings.held(held);
    meetings.decide(
        held,
        plan,
        new DecisionDraft(
            DecisionOutcome.ADOPTED,
            "Het overleg stelt het werkplan 2027 vast, met de toevoeging dat studenten worden"
                + " betrokken bij de evaluatie."));
    meetings.addAction(
        held,
        new ActionDraft(
            "Cijfers per gemeente van herkomst aanleveren voor het volgende overleg",
            "P. Beleid (gemeente Rotterdam)",
            null,
            "policy",
            now.toLocalDate().minusDays(2),
            null));
    long done =
        meetings.addAction(
            held,
            new ActionDraft(
                "Studentenraad uitnodigen voor de evaluatie",
                "B. Secretaris",
                null,
                null,
                now.toLocalDate().minusWeeks(1),
                plan));
    meetings.actionDone(done, true);
    java.time.LocalDateTime coming = now.plusWeeks(2).withHour(14);
    long next =
        meetings.create(
            new MeetingDraft(
                table,
                "Bestuurlijk overleg (demo)",
                coming,
                coming.plusHours(2),
                "Stadhuis Schiedam",
                "https://vergaderen.example/rijnmond",
                true));
    meetings.addItem(
        next,
        new ItemDraft("Opening en mededelingen", ItemType.INFORMATION, "Voorzitter", null, null));
    Long version =
        meetings.fundingVersions().stream()
            .filter(v -> v.status() == nl.regioportal.funding.domain.VersionStatus.PUBLISHED)
            .map(nl.regioportal.governance.application.MeetingView.FundingLink::id)
            .findFirst()
            .orElse(null);
    meetings.addItem(
        next,
        new ItemDraft(
            "Verdeelsleutel 2027 vaststellen",
            ItemType.DECISION,
            "RMC-coördinator",
            "Het overleg stelt de verdeelsleutel 2027 vast zoals ter beoordeling voorgelegd.",
            version));
    var figures =
        snapshots.create(
            "Verwijzingen " + now.getYear() + " tot nu toe (demo)",
            new nl.regioportal.referral.figures.ReportingPeriod(
                now.toLocalDate().withDayOfYear(1), now.toLocalDate()));
    meetings.addItem(
        next,
        new ItemDraft(
            "Cijfers verwijzingen bespreken",
            ItemType.DISCUSSION,
            "RMC-coördinator",
            null,
            null,
            figures.id()));
    meetings.publish(next);
  }

  private void seat(
      long body, SeatRole role, Long organisation, String label, String person, LocalDate start) {
    long seat = bodies.addSeat(body, new SeatDraft(role, organisation, label));
    if (person != null) {
      bodies.addTerm(
          body, seat, new TermDraft(person, null, null, start, LocalDate.of(2029, 12, 31)));
    }
  }

  /** Everything in one transaction: a failed load leaves nothing half-made for the next start. */
  private void load() {
    try {
      transaction.begin();
      Map<String, Long> ids = runner.runAs(RIJNMOND, this::createOrganisations);
      grant(ids);
      runner.runAs(RIJNMOND, this::createArrangement);
      int services = runner.runAs(RIJNMOND, () -> demoDirectory.create(ids));
      LOG.info(() -> "Demo directory: " + services + " services");
      runner.runAs(RIJNMOND, () -> createBodies(ids));
      transaction.commit();
      LOG.info("Demo region Rijnmond (29) loaded");
    } catch (Exception e) {
      try {
        transaction.rollback();
      } catch (Exception ignored) {
        // the transaction may already be gone; the original failure is what matters
      }
      throw new IllegalStateException("Could not load the demo region", e);
    }
  }

  /**
   * A demo cost-sharing arrangement over the 13 municipalities: version 1 published for review,
   * version 2 a draft scenario with more weight on caseload. The figures are made up for the demo
   * (round numbers of the right order), not statistics.
   */
  void createArrangement() {
    String[][] figures = {
      {"GM0599", "135000", "260"}, {"GM0606", "16000", "38"}, {"GM0622", "13500", "27"},
      {"GM0489", "10500", "9"}, {"GM0502", "13000", "21"}, {"GM0613", "5200", "3"},
      {"GM1924", "9000", "6"}, {"GM0542", "5800", "4"}, {"GM1621", "14000", "11"},
      {"GM0556", "6400", "12"}, {"GM1930", "15000", "30"}, {"GM0597", "8800", "14"},
      {"GM1992", "12500", "10"}
    };
    List<Participant> participants = new ArrayList<>();
    for (String[] f : figures) {
      participants.add(
          Participant.of(
              f[0],
              Map.of("youth_12_27", IndicatorValue.of(f[1]), "caseload", IndicatorValue.of(f[2]))));
    }
    Map<String, IndicatorSource> sources =
        Map.of(
            "youth_12_27",
                new IndicatorSource("Demo: inwoners 12-27 jaar", LocalDate.of(2026, 1, 1)),
            "caseload",
                new IndicatorSource(
                    "Demo: caseload naar woonplaats 2025", LocalDate.of(2025, 12, 31)));
    long arrangement =
        funding.create(
            "Buurtteam MBO Rijnmond (demo)",
            2027,
            "Gedeelde financiering van het buurtteam op de mbo-locaties; demo-gegevens.",
            new KeyDraft(
                "Vaste voet, jongeren en caseload",
                new BigDecimal("480000.00"),
                List.of(
                    KeyPart.of(KeyPart.EQUAL, "20"),
                    KeyPart.of("youth_12_27", "40"),
                    KeyPart.of("caseload", "40")),
                participants,
                sources));
    long first = funding.arrangement(arrangement).versions().get(0).id();
    funding.publish(first);
    funding.addVersion(
        arrangement,
        new KeyDraft(
            "Scenario: meer gewicht op caseload",
            new BigDecimal("480000.00"),
            List.of(
                KeyPart.of(KeyPart.EQUAL, "10"),
                KeyPart.of("youth_12_27", "30"),
                KeyPart.of("caseload", "60")),
            participants,
            sources));
  }

  void grant(Map<String, Long> ids) {
    memberships.grant("coordinator", new Membership(RIJNMOND, PortalRole.RMC_COORDINATOR, null));
    memberships.grant(
        "coordinator", new Membership(new RegionCode("36"), PortalRole.RMC_COORDINATOR, null));
    memberships.grant(
        "policy", new Membership(RIJNMOND, PortalRole.POLICY_OFFICER, ids.get("rotterdam")));
    memberships.grant(
        "policy2", new Membership(RIJNMOND, PortalRole.POLICY_OFFICER, ids.get("schiedam")));
    memberships.grant(
        "school", new Membership(RIJNMOND, PortalRole.SCHOOL_STAFF, ids.get("school")));
    memberships.grant(
        "care", new Membership(RIJNMOND, PortalRole.CARE_WORKER, ids.get("wijkteam")));
  }

  private static OrganisationDraft draft(
      OrganisationType type,
      String name,
      String brin,
      String cbs,
      String kvk,
      String email,
      LocationDraft location,
      Set<String> served) {
    return new OrganisationDraft(
        type, name, brin, cbs, kvk, email, null, null, List.of(location), served, Set.of());
  }
}
