package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.regioportal.web.it.browser.Axe;
import nl.regioportal.web.it.browser.Chromium;
import nl.regioportal.web.it.browser.Layout;
import nl.regioportal.web.it.browser.Screenshots;
import nl.regioportal.web.it.browser.Steps;
import nl.regioportal.web.it.browser.Viewport;
import nl.regioportal.web.it.pages.AnyPage;
import nl.regioportal.web.it.pages.ArrangementPage;
import nl.regioportal.web.it.pages.BodiesPage;
import nl.regioportal.web.it.pages.DashboardPage;
import nl.regioportal.web.it.pages.DirectoryPage;
import nl.regioportal.web.it.pages.EditorPage;
import nl.regioportal.web.it.pages.FundingPage;
import nl.regioportal.web.it.pages.MeetingPage;
import nl.regioportal.web.it.pages.MeetingsPage;
import nl.regioportal.web.it.pages.OrganisationPage;
import nl.regioportal.web.it.pages.Page;
import nl.regioportal.web.it.pages.Portal;
import nl.regioportal.web.it.pages.ReferralFormPage;
import nl.regioportal.web.it.pages.ReferralListPage;
import nl.regioportal.web.it.pages.ReferralPage;
import nl.regioportal.web.it.pages.ServicePage;
import nl.regioportal.web.it.pages.VersionPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal in a real browser: headless Chromium (Debian's, driven by Selenium) against the portal
 * in Payara Micro and MariaDB. People's journeys through the pages (through page objects, see
 * {@code it.pages}), the main pages at a laptop's and a phone's width with screenshots in {@code
 * target/screenshots}, and accessibility measured: axe-core's WCAG 2.1 A/AA rules on every main
 * page (results in {@code target/axe}), the width at 390 px, the current page in the navigation and
 * the focus ring.
 *
 * <p>The database is shared with the other IT classes of a run, so the journeys make their own
 * arrangement and the page sweeps their own records (by REST, which is faster) instead of relying
 * on what the demo's versions have become.
 */
@ExtendWith(SharedPortal.class)
class BrowserIT {

  private static final String API = "/api/v1/regions/" + Portal.REGION;

  @SharedPortal.Base URL base;

  private static ChromeDriver driver;
  private static Screenshots screenshots;
  private static Axe axe;
  private static Records records;

  private Portal portal;

  /** A failed test leaves a picture of where it stopped: failed-<test>.png. */
  @RegisterExtension
  static final TestWatcher LAST_PAGE_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (driver != null) {
            try {
              screenshots.take("failed-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
              cause.addSuppressed(e);
            }
          }
        }
      };

  /**
   * Records the page sweeps open: a published version, a draft, an organisation, and a referral the
   * school sent to the Wijkteam (delivered, so both sides open it).
   */
  private record Records(
      long arrangement,
      long published,
      long draft,
      long organisation,
      long referral,
      long meeting,
      long snapshot) {}

  /** A main page: its name, who looks at it (null: nobody signed in) and how it is opened. */
  private record Screen(String name, String user, Consumer<Portal> open) {
    Screen(String name, String user, String path) {
      this(name, user, p -> p.open(path));
    }
  }

  @BeforeAll
  static void browser() {
    Chromium.requireInstalled();
    driver = Chromium.start(Path.of("target/chromium-profiles"));
    screenshots = new Screenshots(driver);
    axe = Axe.load();
  }

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      Chromium.stop(driver);
    }
  }

  @BeforeEach
  void portal() throws Exception {
    portal = new Portal(driver, base.toURI());
    Viewport.DESKTOP.apply(driver);
    if (records == null) {
      records = records(base.toURI());
    }
  }

  private URI uri() {
    try {
      return base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- journeys --------------------------------------------------------------------------------

  /**
   * The journey: a coordinator drafts a key in the editor, previews and publishes it;
   * Rotterdam's policy officer finds the own amount and its derivation and approves; Schiedam's
   * objects with a comment (not without one); the coordinator sees both answers.
   */
  @Test
  void aCoordinatorPublishesAKeyAndTwoMunicipalitiesAnswerIt() {
    Steps steps = new Steps(screenshots, "journey");
    String title = "Browserregeling " + UUID.randomUUID().toString().substring(0, 8);

    DashboardPage dashboard = portal.signInAs("coordinator");
    steps.shot("coordinator-dashboard");
    FundingPage funding = dashboard.toFunding();
    assertTrue(funding.offersNew(), "a coordinator may start an arrangement");
    EditorPage editor =
        funding
            .startNew()
            .title(title)
            .label("Vaste voet en jongeren")
            .total("90000,00")
            .part(0, "EQUAL", "40")
            .addPart()
            .part(1, "youth_12_27", "60")
            .choose("GM0599", "GM0606", "GM0622");
    assertEquals(List.of("GM0599", "GM0606", "GM0622"), editor.participants());
    editor
        .value("youth_12_27", "GM0599", "135000")
        .value("youth_12_27", "GM0606", "16000")
        .value("youth_12_27", "GM0622", "13500");
    steps.shot("coordinator-editor-filled");

    // By hand: 36,000 equal (12,000 each) + 54,000 by youth (164,500 in all): Rotterdam
    // 12,000 + 54,000 x 135,000 / 164,500 = 56,316.109...; Schiedam 17,252.279...; Vlaardingen
    // 16,431.610... Rounded to cents they add up to 90,000.00 exactly.
    editor.preview();
    assertEquals("5631611", Page.digits(editor.previewAmount("GM0599").orElseThrow()));
    assertEquals("1725228", Page.digits(editor.previewAmount("GM0606").orElseThrow()));
    assertEquals("1643161", Page.digits(editor.previewAmount("GM0622").orElseThrow()));
    steps.shot("coordinator-editor-preview");

    VersionPage draft = editor.save();
    assertEquals("DRAFT", draft.status());
    assertEquals("9000000", Page.digits(draft.total()));
    assertTrue(draft.offersPublish() && draft.offersEdit(), "the coordinator's draft");
    long version = draft.id();
    steps.shot("coordinator-draft");
    VersionPage published = draft.publish().reload();
    assertEquals("PUBLISHED", published.status());
    assertFalse(published.offersPublish(), "published once");
    steps.shot("coordinator-published");

    // Rotterdam: the own amount first found through the pages, then its derivation.
    VersionPage rotterdam = openAs("policy", title);
    steps.shot("rotterdam-version");
    assertEquals(version, rotterdam.id());
    VersionPage.Share own = rotterdam.own().orElseThrow(() -> new AssertionError("no own row"));
    assertEquals("GM0599", own.code());
    assertEquals("5631611", Page.digits(own.amount()));
    assertTrue(rotterdam.offersReview(), "a policy officer answers for the own municipality");
    assertFalse(rotterdam.offersPublish() || rotterdam.offersEdit(), "and changes nothing else");
    VersionPage.Derivation derivation = rotterdam.openDerivation("GM0599");
    steps.shot("rotterdam-derivation");
    assertTrue(derivation.caption().contains("Rotterdam"), derivation.caption());
    assertEquals(2, derivation.lines().size(), derivation.toString());
    VersionPage.Line equal = derivation.lines().get(0);
    VersionPage.Line youth = derivation.lines().get(1);
    assertEquals("40", Page.digits(equal.percent()));
    assertEquals("120000000", Page.digits(equal.exact()), "12,000.0000 of the equal part");
    assertEquals("60", Page.digits(youth.percent()));
    assertEquals("135000", Page.digits(youth.value()));
    assertEquals("443161094", Page.digits(youth.exact()), "44,316.1094 by youth");
    assertEquals("5631611", Page.digits(derivation.amount()));
    rotterdam.approve("Akkoord namens Rotterdam");
    assertEquals(Optional.of("APPROVED"), rotterdam.share("GM0599").review());
    assertEquals(Optional.empty(), rotterdam.share("GM0606").review(), "only the own answer");
    steps.shot("rotterdam-approved");

    // Schiedam: an objection needs a reason; with one it is recorded.
    VersionPage schiedam = openAs("policy2", title);
    assertEquals("GM0606", schiedam.own().orElseThrow().code());
    schiedam.object("");
    assertEquals(Optional.empty(), schiedam.share("GM0606").review(), "no reason, no objection");
    steps.shot("schiedam-objection-without-reason");
    String reason = "Liever naar caseload verdelen";
    schiedam.object(reason);
    VersionPage.Share objected = schiedam.share("GM0606");
    assertEquals(Optional.of("OBJECTED"), objected.review());
    assertEquals(reason, objected.comment());
    steps.shot("schiedam-objected");

    // The coordinator sees both answers, on the arrangement and on the version.
    portal.signInAs("coordinator");
    ArrangementPage arrangement = portal.funding().open(title);
    ArrangementPage.Row row = arrangement.version(1);
    assertEquals("PUBLISHED", row.status());
    assertEquals("113", Page.digits(row.reviews()), "1 approved, 1 objected, of 3: " + row);
    steps.shot("coordinator-arrangement");
    VersionPage seen = arrangement.openVersion(1);
    assertEquals(Optional.of("APPROVED"), seen.share("GM0599").review());
    assertEquals("Akkoord namens Rotterdam", seen.share("GM0599").comment());
    assertEquals(Optional.of("OBJECTED"), seen.share("GM0606").review());
    assertEquals(reason, seen.share("GM0606").comment());
    assertEquals(Optional.empty(), seen.share("GM0622").review());
    steps.shot("coordinator-sees-answers");
  }

  /** School staff read the region but are refused every page that edits, and see no funding. */
  @Test
  void schoolStaffAreRefusedTheEditPages() {
    Steps steps = new Steps(screenshots, "school");
    DashboardPage dashboard = portal.signInAs("school");
    assertFalse(dashboard.offersFunding(), "no cost sharing in the school's menu");
    steps.shot("dashboard");
    List<String> edits =
        List.of(
            "/funding/new",
            "/funding/versions/" + records.draft() + "/edit",
            "/indicators",
            "/invitations");
    for (String below : edits) {
      AnyPage page = portal.open(Portal.region(below));
      assertEquals(Optional.of(403), page.errorStatus(), below + ": " + page.heading());
      assertFalse(page.has("edit:save") || page.has("edit:total"), below + " shows no editor");
    }
    steps.shot("editor-refused");
    AnyPage version = portal.open(Portal.region("/funding/versions/" + records.published()));
    assertEquals(Optional.of(403), version.errorStatus(), "school staff see no funding keys");
    OrganisationPage organisation = portal.organisation(records.organisation());
    assertFalse(organisation.editable(), "an organisation is read-only for school staff");
    steps.shot("organisation-read-only");
  }

  /** The form for a new organisation is an edit page too: refused, not shown read-only. */
  @Test
  void schoolStaffAreRefusedTheNewOrganisationForm() {
    portal.signInAs("school");
    AnyPage page = portal.open(Portal.region("/organisations/new"));
    assertEquals(Optional.of(403), page.errorStatus(), page.heading());
    assertFalse(page.has("org:name"), "no form");
  }

  /**
   * The directory's journey (issue 9): a school user searches for debt help for a 17-year-old from
   * Schiedam, sees why each service was found, and opens the best one.
   */
  @Test
  void aSchoolUserFindsDebtHelpForASeventeenYearOldFromSchiedamAndOpensIt() {
    Steps steps = new Steps(screenshots, "directory");
    DirectoryPage results =
        portal.signInAs("school").toDirectory().search("schulden", "Schiedam", 17);
    steps.shot("school-search");
    List<String> names = results.names();
    assertEquals("Jongerenloket geldzaken", names.get(0), "the best match first: " + names);
    assertFalse(names.contains("Schuldhulpverlening 18+"), "an adult service at 17: " + names);
    String why = results.reasonsOf("Jongerenloket geldzaken");
    assertTrue(why.contains("werkt voor Schiedam") && why.contains("14-17 jaar"), why);
    ServicePage service = results.open("Jongerenloket geldzaken");
    steps.shot("school-service");
    assertEquals("14-17 jaar (jeugd, tot 18)", service.fact("Leeftijd"));
    assertTrue(service.fact("Gemeenten").contains("Schiedam"), service.fact("Gemeenten"));
    assertFalse(service.offersUpkeep(), "a school does not keep a care partner's entry");
  }

  /** A care worker keeps their own service's waiting time current on its page. */
  @Test
  void aCareWorkerUpdatesTheirServicesWaitingTime() {
    Steps steps = new Steps(screenshots, "directory");
    ServicePage own =
        portal
            .signInAs("care")
            .toDirectory()
            .search("buurtteam", null, null)
            .open("Buurtteam MBO op locatie");
    assertTrue(own.offersUpkeep(), "their own organisation's entry");
    int weeks = 2 + (int) (System.nanoTime() % 7);
    own.waitingTime(weeks);
    steps.shot("care-waiting-time");
    assertTrue(own.messages().contains("De wachttijd is opgeslagen."), own.messages().toString());
    assertTrue(own.verified().contains("door care"), own.verified());
    ServicePage again =
        portal.directory().search("buurtteam", null, null).open("Buurtteam MBO op locatie");
    assertEquals(weeks + " weken", again.fact("Wachttijd"), "stored, and the search shows it");
  }

  /**
   * A care worker adds a service for their organisation on a page: a missing description is refused
   * at its field, then the entry is saved, listed among the organisation's entries and found by the
   * school's search with its reasons.
   */
  @Test
  void aCareWorkerAddsAServiceOnAPageAndSchoolsFindIt() {
    Steps steps = new Steps(screenshots, "directory");
    String name = "Huiswerkklas " + Long.toString(System.nanoTime(), 36);
    var entries =
        portal
            .signInAs("care")
            .toDirectory()
            .search("buurtteam", null, null)
            .open("Buurtteam MBO op locatie")
            .organisation();
    var form =
        entries
            .addService()
            .name(name)
            .ages(16, 20)
            .tick("domains", "education")
            .tick("issues", "debt")
            .tick("municipalities", "GM0599")
            .acceptsReferrals()
            .saveRefused();
    steps.shot("care-new-refused");
    assertTrue(
        form.messages().stream().anyMatch(m -> m.contains("verplicht") || m.contains("required")),
        "the missing description is named: " + form.messages());
    ServicePage saved = form.description("Hulp bij huiswerk en plannen, twee middagen.").save();
    steps.shot("care-new-saved");
    assertEquals(name, saved.heading());
    assertTrue(saved.fact("Gemeenten").contains("Rotterdam"), saved.fact("Gemeenten"));
    assertTrue(saved.organisation().services().contains(name), "listed with its organisation");

    DirectoryPage found =
        portal.signInAs("school").toDirectory().search("huiswerkklas", "Rotterdam", 17);
    assertEquals(name, found.names().get(0), found.names().toString());
    assertTrue(found.reasonsOf(name).contains("16-20 jaar"), found.reasonsOf(name));
  }

  /**
   * The referral journeys (issue 10). The school fills in the guided form with a 17-year-old from
   * Rotterdam: the directory search within the form finds the Wijkteam's service, a missing consent
   * field is named at its field, the service warns that the student turns 18; sent, it shows in the
   * school's list and reaches "Afgeleverd" through the outbox. The care worker finds it in the
   * received list, sees what the consent withholds, accepts it (after a confirmation) and completes
   * it with an outcome; the school then sees the outcome and the timeline.
   */
  @Test
  void aSchoolRefersASeventeenYearOldWithConsentAndTheWijkteamAcceptsAndCompletesIt() {
    Steps steps = new Steps(screenshots, "referral");
    String family = "Browser" + Long.toString(System.nanoTime(), 36);
    java.time.LocalDate birth = java.time.LocalDate.now().minusYears(17).minusMonths(3);

    ReferralListPage list = portal.signInAs("school").toReferrals();
    assertFalse(list.showsReceived(), "school staff land on what they sent");
    ReferralFormPage form = list.startNew();
    assertEquals(1, form.step());
    form = form.searchService("buurtteam");
    steps.shot("school-form-search");
    assertTrue(form.found().contains("Buurtteam MBO op locatie"), form.found().toString());
    form = form.chooseService("Buurtteam MBO op locatie");
    assertEquals("Buurtteam MBO op locatie", form.chosenService());
    assertTrue(form.receiver().startsWith("Wijkteam Feijenoord"), form.receiver());
    form = form.next();
    assertEquals(2, form.step());
    form.student("Sanne", family, birth.toString(), "Rotterdam").contact("0612345678", "PHONE");
    steps.shot("school-form-student");
    form = form.next();
    form.tick("reason_domains", "income_debt", true)
        .tick("reason_issues", "debt", true)
        .reason("Loopt vast met betalingsachterstanden, wil hulp.");
    form = form.next();
    form.asked("Een eerste gesprek over geld, op school.", true);
    form = form.next();
    assertEquals(5, form.step());
    // the student shares identity, residence and reason, not how to reach them; no purpose yet
    form.tick("consent_categories", "IDENTITY", true).tick("consent_categories", "CONTACT", false);
    steps.shot("school-form-consent");
    form.radio("consent_givenBy", "STUDENT");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('referral:consent_purpose').value = '';");
    form = form.next();
    assertEquals(6, form.step());
    assertTrue(form.summary().contains("Sanne " + family), form.summary());
    assertTrue(form.summary().contains("Waar de student woont"), form.summary());
    form = form.sendRefused();
    assertEquals(5, form.step(), "the form opens the step of the first mistake");
    assertFalse(form.fieldMessage("consent_purpose").isEmpty(), "named at its field");
    steps.shot("school-form-refused");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "document.getElementById('referral:consent_purpose').value ="
                + " 'Zodat het wijkteam kan helpen met geld';");
    form = form.next();
    ReferralPage sent = form.send();
    long id = sent.id();
    steps.shot("school-sent");
    assertTrue(
        sent.messages().stream().anyMatch(m -> m.contains("verstuurd naar Wijkteam Feijenoord")),
        sent.messages().toString());
    assertTrue(
        sent.messages().stream()
            .anyMatch(m -> m.contains("wordt op " + birth.plusYears(18) + " 18")),
        sent.messages().toString());
    sent = sent.awaitState("Afgeleverd", java.time.Duration.ofSeconds(30));
    assertTrue(sent.timeline().contains("Afgeleverd"), sent.timeline());
    assertTrue(sent.text("studentContact").contains("0612345678"), "the sender sees it all");
    steps.shot("school-delivered");
    ReferralListPage mine = portal.referrals("sent");
    ReferralListPage.Row row = mine.row(id).orElseThrow(() -> new AssertionError("not listed"));
    assertEquals("Sanne " + family, row.student());
    assertEquals("Afgeleverd", row.state());
    assertTrue(row.counterpart().startsWith("Wijkteam Feijenoord"), row.toString());
    assertTrue(mine.filter("COMPLETED").row(id).isEmpty(), "the filter by state leaves it out");

    // the care worker's inbox
    ReferralListPage inbox = portal.signInAs("care").toReferrals();
    assertTrue(inbox.showsReceived(), "care workers land on their inbox");
    assertEquals("Afgeleverd", inbox.row(id).orElseThrow().state());
    ReferralPage received = inbox.open(id);
    steps.shot("care-received");
    assertEquals("niet gedeeld (geen toestemming)", received.text("studentContact"));
    assertTrue(received.text("studentName").contains(family), received.text("studentName"));
    assertTrue(received.offers("accept") && received.offers("decline"), "the receiver's steps");
    assertFalse(received.offers("withdraw"), "not the sender's");
    received = received.actButCancel("accept");
    assertEquals("Afgeleverd", received.state(), "no is no");
    received = received.write("note", "Intake dinsdag op school").act("accept");
    assertEquals("Aangenomen", received.state());
    assertTrue(
        received.messages().contains("Je hebt de verwijzing aangenomen."),
        received.messages().toString());
    steps.shot("care-accepted");
    received =
        received
            .choose("outcome", "GOAL_REACHED")
            .write("outcomeText", "Regeling getroffen")
            .act("complete");
    assertEquals("Afgerond", received.state());
    assertEquals("Doel bereikt", received.text("outcomeShown"));
    steps.shot("care-completed");

    // the school sees the loop closed
    portal.signInAs("school");
    ReferralPage closed = portal.referral(id);
    assertEquals("Afgerond", closed.state());
    assertTrue(closed.timeline().contains("Aangenomen"), closed.timeline());
    assertEquals("Doel bereikt", closed.text("outcomeShown"));
    assertFalse(closed.offers("withdraw"), "nothing follows a completed referral");
  }

  /**
   * Attachments on the draft's page: a program named {@code .pdf} is refused at the file field and
   * nothing is listed; a PDF is listed and removable until the referral is sent; then the upload is
   * gone, and the care worker sees the file listed (not removable) once it is delivered.
   */
  @Test
  void aSchoolAddsAFileToADraftAndTheReceiverSeesIt() throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "browser-files"));
    java.nio.file.Path program = dir.resolve("rooster.pdf");
    java.nio.file.Files.write(
        program, "MZ\u0090\u0000\u0003\u0000This program".getBytes(StandardCharsets.ISO_8859_1));
    java.nio.file.Path pdf = dir.resolve("brief van de mentor.pdf");
    java.nio.file.Files.write(
        pdf, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    long id = draft(base.toURI(), "[\"IDENTITY\",\"REASON\",\"ATTACHMENTS\"]");

    portal.signInAs("school");
    ReferralPage draft = portal.referral(id);
    assertTrue(draft.offersUpload(), "a draft under a consent for attachments takes files");
    assertTrue(draft.attachments().isEmpty());
    draft = draft.attach(program);
    assertTrue(draft.fileMessage().contains("Toegestaan: PDF"), draft.fileMessage());
    assertTrue(draft.attachments().isEmpty(), "nothing of a refused file is listed");
    draft = draft.attach(pdf);
    assertEquals(List.of("brief van de mentor.pdf"), draft.attachments());
    assertTrue(draft.offersRemoval());
    assertTrue(
        draft.messages().contains("Het bestand is aan het concept toegevoegd."),
        draft.messages().toString());
    draft = draft.act("submit");
    assertFalse(draft.offersUpload(), "the files are fixed once it is sent");
    assertFalse(draft.offersRemoval());
    draft.awaitState("Afgeleverd", java.time.Duration.ofSeconds(30));

    portal.signInAs("care");
    ReferralPage received = portal.referral(id);
    assertEquals(List.of("brief van de mentor.pdf"), received.attachments());
    assertFalse(received.offersRemoval(), "the receiver reads, the sender decides");
  }

  /** Coordinators see the failed deliveries (none here) and no referral of a student. */
  @Test
  void aCoordinatorSeesTheDeliveriesButNoReferral() {
    portal.signInAs("coordinator");
    AnyPage deliveries = portal.open(Portal.region("/referrals/deliveries"));
    assertTrue(
        deliveries.has("noDeadLetters") || deliveries.has("deadLetters"), deliveries.heading());
    assertFalse(deliveries.mainText().contains("Sweep Student"), "no student data");
    AnyPage referral = portal.open(Portal.region("/referrals/" + records.referral()));
    assertEquals(Optional.of(403), referral.errorStatus(), "a coordinator sees no referral");
  }

  /**
   * A coordinator records a body, its chair's seat and the chair's term; an overlapping term is
   * refused at its field and nothing is added; the chair's term ends after a confirmation. A policy
   * officer reads the same page without the forms.
   */
  @Test
  void aCoordinatorRecordsABodyItsChairAndEndsTheTerm() {
    String name = "Werkgroep doorstroom " + java.util.UUID.randomUUID().toString().substring(0, 6);
    String seat = name + " — Voorzitter, Voorzitter werkgroep";
    portal.signInAs("coordinator");
    BodiesPage page =
        portal
            .bodies()
            .addBody(name, "WORKING_GROUP")
            .addSeat(name, "CHAIR", null, "Voorzitter werkgroep")
            .addTerm(seat, "H. Werkgroep", "01-01-2026", null);
    assertTrue(page.bodies().contains(name), page.bodies().toString());
    List<String> seats = page.seats(name);
    assertEquals(1, seats.size(), seats.toString());
    assertTrue(
        seats.get(0).startsWith("Voorzitter | Voorzitter werkgroep |  | H. Werkgroep | 1-1-2026"),
        seats.get(0));
    assertTrue(seats.get(0).contains("(zonder einddatum)"), seats.get(0));

    page.addTerm(seat, "I. Overlap", "01-06-2026", null);
    assertTrue(
        page.fieldErrors("newTerm").stream().anyMatch(m -> m.contains("H. Werkgroep")),
        "the overlap named at its field: " + page.fieldErrors("newTerm"));
    assertFalse(page.mainText().contains("I. Overlap"), "nothing added");

    page.endTerm(name, "H. Werkgroep");
    assertTrue(
        page.messages().stream().anyMatch(m -> m.contains("H. Werkgroep")),
        page.messages().toString());
    String ended = page.seats(name).get(0);
    assertTrue(ended.contains(" tot en met "), "the term has its last day today: " + ended);

    portal.signInAs("policy");
    BodiesPage read = portal.bodies();
    assertTrue(read.bodies().contains(name));
    assertFalse(read.offersManagement(), "a policy officer reads, the coordinator records");
  }

  /**
   * Issue 11's journey: a coordinator schedules a meeting of the table (a refused one first, its
   * errors at the fields), builds the agenda with a published funding-key version on it, publishes
   * it, records the meeting as held and adopts the decision (and the version is locked, naming the
   * decision), and adds an action for the policy officer (one without owner is refused), who finds
   * it on the dashboard and marks it done.
   */
  @Test
  void aCoordinatorPublishesAnAgendaAdoptsTheKeyOnItAndAddsAnActionThePolicyOfficerSees() {
    java.time.LocalDateTime now =
        java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        now.toLocalTime().isBefore(java.time.LocalTime.of(23, 40)),
        "the meeting is scheduled later today, so that it can be published and then held");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long version = publishedVersion(uri(), "Sleutel overleg " + tag);
    String table = "Bestuurlijk overleg RMC Rijnmond (demo)";
    java.time.format.DateTimeFormatter local =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    String start = local.format(now.plusMinutes(15));
    String end = local.format(now.plusMinutes(15).plusHours(1));
    String title = "Overleg " + tag;

    portal.signInAs("coordinator");
    MeetingsPage meetings =
        portal.meetings().scheduleRefused(table, "", end, start, "Stadhuis Schiedam");
    assertEquals(2, meetings.fieldErrors().size(), meetings.fieldErrors().toString());
    assertFalse(portal.meetings().coming().contains(""), "nothing scheduled");

    MeetingPage meeting = portal.meetings().schedule(table, title, start, end, "Stadhuis Schiedam");
    assertEquals("Gepland", meeting.status());
    long meetingId = meeting.id();
    meeting.addItem(
        "Verdeelsleutel " + tag,
        "DECISION",
        "RMC-coördinator",
        "Het overleg stelt de verdeelsleutel vast.",
        "Sleutel overleg " + tag + ", versie 1 (Ter beoordeling)");
    assertTrue(
        meeting.items().get(0).contains("Sleutel overleg " + tag), meeting.items().toString());
    meeting.publish();
    assertEquals("Agenda gepubliceerd", meeting.status());
    meeting.recordHeld();
    assertEquals("Gehouden", meeting.status());
    meeting.adopt("Verdeelsleutel " + tag);
    assertTrue(meeting.items().get(0).contains("Aangenomen"), meeting.items().toString());
    JsonObject locked =
        json(Http.api(uri(), "coordinator", "demo").get(API + "/funding-versions/" + version));
    assertEquals("LOCKED", locked.getString("status"));
    assertEquals("GOVERNANCE_DECISION", locked.getString("lockReason"));
    assertTrue(locked.containsKey("decisionId") && !locked.isNull("decisionId"), locked.toString());

    String deadline = now.toLocalDate().plusDays(3).toString();
    meeting.addAction("Cijfers " + tag + " aanleveren", "", null, deadline);
    assertTrue(
        meeting.fieldErrors("newAction").stream().anyMatch(m -> m.contains("eigenaar")),
        "the missing owner named at its field: " + meeting.fieldErrors("newAction"));
    meeting.addAction("Cijfers " + tag + " aanleveren", "P. Beleid", "policy", deadline);
    List<String> raised = meeting.actions("raised");
    assertEquals(1, raised.size(), raised.toString());
    assertTrue(raised.get(0).startsWith("Binnenkort | Cijfers " + tag), raised.get(0));

    portal.signInAs("policy");
    // the policy officer's own calendar: a link made on the meetings page, fetched as a calendar
    // program does (no session), holds the meeting
    String feed = portal.meetings().makeCalendarLink();
    assertTrue(feed.matches(".*/calendar/29/[A-Za-z0-9_-]{43}\\.ics"), feed);
    String ics = Http.anonymous(uri()).get(URI.create(feed).getPath()).body().replace("\r\n ", "");
    assertTrue(ics.contains("BEGIN:VCALENDAR") && ics.contains("SUMMARY:" + title), ics);
    List<String> own = portal.dashboard().openActions();
    assertTrue(own.stream().anyMatch(a -> a.contains("Cijfers " + tag)), own.toString());
    MeetingPage read = portal.meeting(meetingId);
    assertFalse(read.offersManagement(), "a policy officer reads, the coordinator records");
    read.markDone("Cijfers " + tag);
    assertTrue(
        read.actions("raised").get(0).startsWith("Klaar"), read.actions("raised").toString());
    assertFalse(
        portal.dashboard().openActions().stream().anyMatch(a -> a.contains("Cijfers " + tag)),
        "done: off the dashboard");
  }

  // --- the main pages --------------------------------------------------------------------------

  /** Every main page, at both widths, as a full-page screenshot with a stable name. */
  @Test
  void theMainPagesAtALaptopsAndAPhonesWidth() {
    for (Viewport viewport : Viewport.values()) {
      visitAll(
          viewport,
          screen -> {
            Path file = screenshots.take(screen.name() + viewport.suffix());
            assertTrue(file.toFile().length() > 1000, file + " is a picture");
          });
    }
  }

  /**
   * axe-core on every main page at both widths: no serious or critical violation of the WCAG 2.0
   * and 2.1 A/AA rules. The failure lists each (rule, impact, elements, help); the full results are
   * in target/axe/&lt;page&gt;-&lt;width&gt;.json.
   */
  @Test
  void noMainPageHasASeriousOrCriticalAccessibilityViolation() {
    List<Axe.Scan> failing = new ArrayList<>();
    for (Axe.Scan scan : scanAll()) {
      if (!scan.blocking().isEmpty()) {
        failing.add(scan);
      }
    }
    if (!failing.isEmpty()) {
      fail(
          "Serious or critical accessibility violations (axe-core "
              + String.join(", ", Axe.TAGS)
              + "):\n"
              + failing.stream().map(Axe.Scan::describeBlocking).collect(Collectors.joining("\n")));
    }
  }

  /** Every main page at both widths through axe-core; each scan's JSON in target/axe. */
  private List<Axe.Scan> scanAll() {
    List<Axe.Scan> scans = new ArrayList<>();
    for (Viewport viewport : Viewport.values()) {
      visitAll(viewport, screen -> scans.add(axe.scan(driver, screen.name() + viewport.suffix())));
    }
    return scans;
  }

  /** At 390 px no page is wider than the screen: nothing scrolls sideways but a table's card. */
  @Test
  void atAPhonesWidthNoPageIsWiderThanTheScreen() {
    List<String> tooWide = new ArrayList<>();
    visitAll(
        Viewport.PHONE,
        screen -> {
          Layout.Width width = Layout.width(driver);
          if (!width.fits()) {
            tooWide.add(screen.name() + ": " + width);
          }
        });
    assertTrue(tooWide.isEmpty(), "Wider than 390 px:\n" + String.join("\n", tooWide));
  }

  /**
   * At 390 px every field of the editor (before and after a preview, with its amounts) and every
   * line of a derivation is within the screen: one reads and types each value without scrolling
   * sideways inside a table.
   */
  @Test
  void atAPhonesWidthEveryFieldOfTheEditorAndEveryAmountIsInView() {
    Viewport.PHONE.apply(driver);
    portal.signInAs("coordinator");
    EditorPage editor = portal.editor(records.draft());
    assertEquals(List.of(), Layout.outOfView(driver), "editor, beyond the screen's edge");
    editor.preview();
    assertTrue(
        editor.participants().stream().allMatch(c -> editor.previewAmount(c).isPresent()),
        "the preview gives every participant an amount");
    assertEquals(List.of(), Layout.outOfView(driver), "editor after preview, beyond the edge");
    portal.version(records.published()).openDerivation("GM0599");
    assertEquals(List.of(), Layout.outOfView(driver), "derivation, beyond the screen's edge");
  }

  /** At 1280 px a derivation shows every column, the exact amounts too, without scrolling. */
  @Test
  void atADesktopsWidthTheDerivationShowsEveryColumn() {
    Viewport.DESKTOP.apply(driver);
    portal.signInAs("coordinator");
    VersionPage.Derivation derivation =
        portal.version(records.published()).openDerivation("GM0599");
    assertTrue(derivation.allColumnsInView(), "columns cut off: " + derivation);
    assertTrue(
        derivation.lines().stream().allMatch(l -> !l.exact().isBlank()),
        "every line has its exact amount: " + derivation);
  }

  /** The main menu marks the page one is on with aria-current="page", and only that one. */
  @Test
  void theMenuMarksTheCurrentPage() {
    List<String> wrong = new ArrayList<>();
    record Current(String user, String path) {}
    List<Current> pages =
        List.of(
            new Current("coordinator", Portal.region("/")),
            new Current("coordinator", Portal.region("/organisations")),
            new Current("coordinator", Portal.region("/funding")),
            new Current("coordinator", Portal.region("/invitations")),
            new Current("coordinator", "/regions.xhtml"),
            new Current("admin", "/admin/regions.xhtml"),
            new Current("admin", "/admin/import.xhtml"));
    String user = null;
    for (Current c : pages) {
      if (!c.user().equals(user)) {
        portal.signInAs(c.user());
        user = c.user();
      }
      AnyPage page = portal.open(c.path());
      List<String> marked = page.menuLinksMarkedCurrent();
      if (marked.size() != 1 || !sameAddress(marked.get(0), portal.address(c.path()))) {
        wrong.add(c.path() + ": marked " + marked);
      }
    }
    assertTrue(wrong.isEmpty(), "aria-current=\"page\" in the menu:\n" + String.join("\n", wrong));
  }

  /** Moving through a page with Tab, every element that takes focus shows a focus ring. */
  @Test
  void everyFocusedElementShowsAFocusRing() {
    List<String> invisible = new ArrayList<>();
    portal.signInAs("coordinator");
    for (String path :
        List.of(
            Portal.region("/"),
            Portal.region("/organisations"),
            Portal.region("/funding/versions/" + records.draft() + "/edit"))) {
      portal.open(path);
      for (int i = 0; i < 30; i++) {
        Layout.Focus focus = Layout.tab(driver);
        if (focus.element().startsWith("body")) {
          break;
        }
        if (!focus.visible()) {
          invisible.add(path + ": " + focus);
        }
      }
    }
    assertTrue(invisible.isEmpty(), "Focus without a ring:\n" + String.join("\n", invisible));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The main pages of the issue, each as the person who uses it; admin pages as admin. */
  private List<Screen> screens() {
    String version = Portal.region("/funding/versions/" + records.published());
    return List.of(
        new Screen("signin", null, p -> p.signInPage("/")),
        new Screen("dashboard", "coordinator", Portal.region("/")),
        new Screen("organisations", "coordinator", Portal.region("/organisations")),
        new Screen(
            "organisation",
            "coordinator",
            Portal.region("/organisations/" + records.organisation())),
        new Screen("organisation-new", "coordinator", Portal.region("/organisations/new")),
        new Screen("funding", "coordinator", Portal.region("/funding")),
        new Screen(
            "arrangement", "coordinator", Portal.region("/funding/" + records.arrangement())),
        new Screen(
            "version-derivation",
            "coordinator",
            p -> p.version(records.published()).openDerivation("GM0599")),
        new Screen(
            "editor",
            "coordinator",
            Portal.region("/funding/versions/" + records.draft() + "/edit")),
        new Screen("funding-new", "coordinator", Portal.region("/funding/new")),
        new Screen("indicators", "coordinator", Portal.region("/indicators")),
        new Screen("invitations", "coordinator", Portal.region("/invitations")),
        new Screen("regions", "coordinator", "/regions.xhtml"),
        new Screen("directory-stale", "coordinator", Portal.region("/directory/stale")),
        new Screen("directory-import", "coordinator", Portal.region("/directory/import")),
        new Screen("directory-terms", "coordinator", Portal.region("/directory/terms")),
        new Screen("bodies", "coordinator", Portal.region("/bodies")),
        new Screen("meetings", "coordinator", Portal.region("/meetings")),
        new Screen("agenda", "coordinator", Portal.region("/meetings/" + records.meeting())),
        new Screen("decisions", "coordinator", Portal.region("/decisions")),
        new Screen(
            "figures-table",
            "coordinator",
            Portal.region("/meetings/figures?snapshot=" + records.snapshot())),
        new Screen(
            "directory-service-edit",
            "coordinator",
            p ->
                p.directory()
                    .search("schulden", null, null)
                    .open("Jongerenloket geldzaken")
                    .edit()),
        new Screen(
            "directory-organisation",
            "coordinator",
            p ->
                p.directory()
                    .search("schulden", null, null)
                    .open("Jongerenloket geldzaken")
                    .organisation()),
        new Screen(
            "directory",
            "school",
            Portal.region("/directory?q=schulden&municipality=GM0606&age=17")),
        new Screen(
            "directory-service",
            "school",
            p -> p.directory().search("schulden", null, null).open("Jongerenloket geldzaken")),
        new Screen("version-review", "policy", version),
        new Screen("referrals", "school", Portal.region("/referrals?side=sent")),
        new Screen("referral-new", "school", Portal.region("/referrals/new")),
        new Screen(
            "referral-new-consent",
            "school",
            p -> {
              ReferralFormPage f = p.newReferral();
              for (int i = 1; i < 5; i++) {
                f = f.next();
              }
            }),
        new Screen("referral", "school", Portal.region("/referrals/" + records.referral())),
        new Screen("referrals-received", "care", Portal.region("/referrals?side=received")),
        new Screen("referral-received", "care", Portal.region("/referrals/" + records.referral())),
        new Screen("referral-deliveries", "coordinator", Portal.region("/referrals/deliveries")),
        new Screen("refused", "school", Portal.region("/funding/new")),
        new Screen("admin-regions", "admin", "/admin/regions.xhtml"),
        new Screen("admin-import", "admin", "/admin/import.xhtml"));
  }

  /** Opens every main page at a width (signing in as each page's user once) and does {@code at}. */
  private void visitAll(Viewport viewport, Consumer<Screen> at) {
    viewport.apply(driver);
    String user = null;
    for (Screen screen : screens()) {
      if (screen.user() != null && !screen.user().equals(user)) {
        portal.signInAs(screen.user());
      }
      user = screen.user();
      screen.open().accept(portal);
      at.accept(screen);
    }
  }

  /** Signs in as {@code user} and finds the arrangement's first version through the pages. */
  private VersionPage openAs(String user, String title) {
    return portal.signInAs(user).toFunding().open(title).openVersion(1);
  }

  private static boolean sameAddress(String href, String expected) {
    return strip(href).equals(strip(expected));
  }

  private static String strip(String url) {
    String u = url.replaceAll("[?#].*", "");
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /** The sweeps' records, made once through the API: a published version, a draft, an org. */
  /** The key of the pages' versions: four municipalities, three parts. */
  private static final String KEY =
      "{\"label\": \"Vaste voet, jongeren en caseload\", \"total\": \"480000.00\","
          + " \"parts\": [{\"basis\": \"EQUAL\", \"percent\": \"20\"},"
          + " {\"basis\": \"youth_12_27\", \"percent\": \"40\"},"
          + " {\"basis\": \"caseload\", \"percent\": \"40\"}],"
          + " \"municipalities\": ["
          + " {\"code\": \"GM0599\", \"indicators\": {\"youth_12_27\": 135000, \"caseload\": 260}},"
          + " {\"code\": \"GM0606\", \"indicators\": {\"youth_12_27\": 16000, \"caseload\": 38}},"
          + " {\"code\": \"GM0622\", \"indicators\": {\"youth_12_27\": 13500, \"caseload\": 27}},"
          + " {\"code\": \"GM0489\", \"indicators\": {\"youth_12_27\": 10500, \"caseload\": 3}}],"
          + " \"sources\": {\"youth_12_27\": {\"source\": \"Demo: inwoners 12-27 jaar\","
          + " \"referenceDate\": \"2026-01-01\"}, \"caseload\": {\"source\": \"Demo: caseload\","
          + " \"referenceDate\": \"2025-12-31\"}}}";

  private static Records records(URI uri) {
    Http coordinator = Http.api(uri, "coordinator", "demo");
    String title = "Browserpagina's " + UUID.randomUUID().toString().substring(0, 8);
    String key = KEY;
    long published = publishedVersion(uri, title);
    long arrangement =
        json(coordinator.get(API + "/funding-versions/" + published))
            .getJsonNumber("arrangementId")
            .longValue();
    long draft =
        id(coordinator.postJson(API + "/funding-arrangements/" + arrangement + "/versions", key));
    JsonObject found =
        json(
            coordinator.get(
                API
                    + "/organisations?q="
                    + URLEncoder.encode("Gemeente Rotterdam", StandardCharsets.UTF_8)));
    long organisation =
        found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    // the demo table's coming meeting, its agenda published (DemoRegion)
    long meeting =
        json(coordinator.get(API + "/meetings")).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getString("title").equals("Bestuurlijk overleg (demo)"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    // every referral the suite has made so far, as the table would see them
    long snapshot =
        id(
            coordinator.postJson(
                API + "/figures-snapshots",
                "{\"label\":\"Verwijzingen tot nu toe\",\"from\":\"2000-01-01\",\"to\":\""
                    + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                    + "\"}"));
    return new Records(
        arrangement, published, draft, organisation, referral(uri), meeting, snapshot);
  }

  /** The pages' key (four municipalities) as a new arrangement whose version 1 is published. */
  private static long publishedVersion(URI uri, String title) {
    Http coordinator = Http.api(uri, "coordinator", "demo");
    long arrangement =
        id(
            coordinator.postJson(
                API + "/funding-arrangements",
                "{\"title\": \""
                    + title
                    + "\", \"year\": 2027, \"description\": \"Voor de paginatests\", \"key\": "
                    + KEY
                    + "}"));
    JsonObject created = json(coordinator.get(API + "/funding-arrangements/" + arrangement));
    long published =
        created.getJsonArray("versions").getJsonObject(0).getJsonNumber("id").longValue();
    json(coordinator.postJson(API + "/funding-versions/" + published + "/publish", ""));
    return published;
  }

  /** A draft of the school's to the Wijkteam with a consent for these categories (a JSON array). */
  private static long draft(URI uri, String categories) {
    Http coordinator = Http.api(uri, "coordinator", "demo");
    Http school = Http.api(uri, "school", "demo");
    long wijkteam =
        json(coordinator.get(
                API
                    + "/organisations?q="
                    + URLEncoder.encode("Wijkteam Feijenoord", StandardCharsets.UTF_8)))
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String body =
        "{\"receiverOrganisationId\":"
            + wijkteam
            + ",\"student\":{\"givenName\":\"Sweep\",\"familyName\":\"Student\",\"birthDate\":\""
            + java.time.LocalDate.now().minusYears(17).minusMonths(6)
            + "\",\"municipality\":\"GM0599\",\"phone\":\"0612345678\"},"
            + "\"reason\":{\"domains\":[\"income_debt\"],\"issues\":[\"debt\"],"
            + "\"text\":\"Voor de paginatests\"},\"urgency\":\"URGENT\",\"responseHours\":48,"
            + "\"asked\":\"Een gesprek\",\"threeWayConversation\":true,"
            + "\"consent\":{\"givenBy\":\"STUDENT\",\"categories\":"
            + categories
            + ","
            + "\"purpose\":\"Paginatests\",\"validUntil\":\""
            + java.time.LocalDate.now().plusMonths(6)
            + "\",\"obtained\":\"IN_PERSON\"}}";
    return id(school.postJson(API + "/referrals", body));
  }

  /** The school's referral to the Wijkteam, submitted and delivered (both sides open it). */
  private static long referral(URI uri) {
    Http school = Http.api(uri, "school", "demo");
    long id = draft(uri, "[\"IDENTITY\",\"REASON\",\"ATTACHMENTS\"]");
    HttpResponse<String> file =
        school.post(
            API + "/referrals/" + id + "/attachments?name=verslag.pdf",
            "application/pdf",
            "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
            java.util.Map.of());
    assertEquals(201, file.statusCode(), file.body());
    json(school.postJson(API + "/referrals/" + id + "/submit", ""));
    long until = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < until) {
      if (json(school.get(API + "/referrals/" + id)).getString("state").equals("DELIVERED")) {
        return id;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("referral " + id + " not delivered within 30 s");
  }

  private static long id(HttpResponse<String> r) {
    return json(r).getJsonNumber("id").longValue();
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
