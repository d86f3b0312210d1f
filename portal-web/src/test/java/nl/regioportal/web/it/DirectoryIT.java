package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory over real HTTP against the portal in Payara Micro and MariaDB, on the demo region's
 * services: search with the 18 boundary, the municipality of residence, aliases and facets; bad
 * input as problems; who may change an entry, its history, and the index following both this
 * instance's changes and another instance's (through the feed in the database); the staleness
 * reminder by e-mail, received by a real SMTP server (GreenMail on {@code it.smtp.port}, the port
 * the Payara Micro under test sends to).
 */
@ExtendWith(SharedPortal.class)
class DirectoryIT {

  private static final String SERVICES = "/api/v1/regions/29/services";

  @SharedPortal.Base URL base;

  /** The real SMTP server the portal under test sends to (arquillian.xml: portal.mail.smtp.*). */
  private static GreenMail smtp;

  @BeforeAll
  static void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private Http school;
  private Http care;
  private Http coordinator;

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    school = Http.api(uri, "school", "demo");
    care = Http.api(uri, "care", "demo");
    coordinator = Http.api(uri, "coordinator", "demo");
  }

  @Test
  void aStudyCoachFindsDebtHelpForASeventeenYearOldFromSchiedam() {
    JsonObject at17 = search(school, "q=schulden&municipality=GM0606&age=17");
    List<String> names = names(at17);
    assertTrue(names.contains("Jongerenloket geldzaken"), names.toString());
    assertFalse(names.contains("Schuldhulpverlening 18+"), "an adult service: " + names);
    JsonObject first = at17.getJsonArray("items").getJsonObject(0);
    assertEquals("Jongerenloket geldzaken", first.getString("name"), "the best match first");
    List<String> reasons =
        first.getJsonArray("reasons").stream()
            .map(r -> r.asJsonObject().getString("text"))
            .toList();
    assertTrue(reasons.contains("werkt voor Schiedam"), reasons.toString());
    assertTrue(reasons.contains("14-17 jaar"), reasons.toString());
    assertTrue(reasons.contains("Schulden"), reasons.toString());
    for (JsonValue item : at17.getJsonArray("items")) {
      JsonObject i = item.asJsonObject();
      assertTrue(strings(i.getJsonArray("municipalities")).contains("GM0606"), i.toString());
      assertTrue(i.getJsonObject("ageRange").getInt("min") <= 17, i.toString());
      assertTrue(i.getJsonObject("ageRange").getInt("max") >= 17, i.toString());
    }

    List<String> at18 = names(search(school, "q=schulden&municipality=GM0606&age=18"));
    assertTrue(at18.contains("Schuldhulpverlening 18+"), at18.toString());
    assertFalse(at18.contains("Jongerenloket geldzaken"), "a youth service at 18: " + at18);

    // the student lives in Rotterdam: Schiedam-only services drop out
    List<String> rotterdam = names(search(school, "q=geldcafe&municipality=GM0599"));
    assertFalse(rotterdam.contains("Geldcafé voor studenten"), rotterdam.toString());
    assertTrue(
        names(search(school, "q=geldcafe&municipality=GM0606")).contains("Geldcafé voor studenten"),
        "accents fold: geldcafe finds Geldcafé");
  }

  @Test
  void aRolesAliasAndTheEnglishNamesFindTheSameServices() {
    List<String> mentor = names(search(school, "q=mentor"));
    assertTrue(mentor.contains("Buurtteam MBO op locatie"), mentor.toString());
    assertEquals(mentor, names(search(school, "q=SLB%27er")), "SLB'er = mentor");
    List<String> debt = names(search(school, "q=debt"));
    assertTrue(debt.contains("Schuldhulpverlening 18+"), "English term names: " + debt);
  }

  @Test
  void filtersAndFacetsTellHowManyThereAreOfEach() {
    JsonObject all = search(school, "size=100");
    int total = all.getInt("total");
    assertTrue(total >= 18, "the demo directory: " + total);
    JsonObject domains = all.getJsonObject("facets").getJsonObject("domain");
    int housing = domains.getInt("housing");
    JsonObject onlyHousing = search(school, "domain=housing&size=100");
    assertEquals(housing, onlyHousing.getInt("total"), "the facet count is the filter's total");
    for (JsonValue item : onlyHousing.getJsonArray("items")) {
      assertTrue(
          strings(item.asJsonObject().getJsonArray("domains")).contains("housing"),
          item.toString());
    }
    JsonObject referrals = search(school, "acceptsReferrals=true&size=100");
    assertEquals(
        all.getJsonObject("facets").getJsonObject("acceptsReferrals").getInt("true"),
        referrals.getInt("total"));
    JsonObject pageOne = search(school, "size=5&page=1");
    JsonObject pageTwo = search(school, "size=5&page=2");
    assertEquals(5, pageOne.getJsonArray("items").size());
    assertFalse(names(pageOne).stream().anyMatch(names(pageTwo)::contains), "pages do not overlap");
  }

  @Test
  void badSearchesAreProblemsAndQuerySyntaxIsJustText() {
    assertProblem(school.get(SERVICES + "?age=seventeen"), "age");
    assertProblem(school.get(SERVICES + "?age=130"), "age");
    assertProblem(school.get(SERVICES + "?municipality=Schiedam"), "municipality");
    assertProblem(school.get(SERVICES + "?size=1000"), "size");
    assertProblem(school.get(SERVICES + "?acceptsReferrals=maybe"), "acceptsReferrals");
    // a search longer than the 1,000 characters the API takes (the URL stays under the
    // container's 8 KB request line; a longer URL gets the container's own 400)
    assertProblem(school.get(SERVICES + "?q=" + "schuld".repeat(800)), "q");
    for (String q :
        List.of("schulden AND (OR", "*:*", "\"schulden", "schulden~2^3", "[a TO z]", "\\")) {
      HttpResponse<String> r =
          school.get(SERVICES + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode(), q + ": " + r.body());
    }
    assertEquals(401, Http.anonymous(URI.create(base.toString())).get(SERVICES).statusCode());
  }

  @Test
  void aCareWorkerKeepsTheirOwnEntryCurrentAndEveryChangeIsInItsHistory() {
    long own = idOf("Buurtteam MBO op locatie");
    long other = idOf("Schuldhulpverlening 18+");

    JsonObject before = json(care.get(SERVICES + "/" + own));
    String previous =
        before.containsKey("waitingWeeks") ? String.valueOf(before.getInt("waitingWeeks")) : null;
    int weeks = "5".equals(previous) ? 6 : 5;
    HttpResponse<String> updated =
        care.putJson(SERVICES + "/" + own + "/waiting-time", "{\"weeks\": " + weeks + "}");
    assertEquals(200, updated.statusCode(), updated.body());
    JsonObject service = json(updated);
    assertEquals(weeks, service.getInt("waitingWeeks"));
    assertEquals("care", service.getString("verifiedBy"));
    assertTrue(service.getBoolean("mayEdit"));
    // the index follows at once on this instance
    JsonObject hit = find(search(school, "q=buurtteam"), own);
    assertEquals(weeks, hit.getInt("waitingWeeks"));

    JsonArray history = jsonArray(care.get(SERVICES + "/" + own + "/history"));
    JsonObject last = history.getJsonObject(0);
    assertEquals("waitingWeeks", last.getString("field"));
    assertEquals(
        previous,
        last.containsKey("oldValue") && !last.isNull("oldValue")
            ? last.getString("oldValue")
            : null);
    assertEquals(String.valueOf(weeks), last.getString("newValue"));
    assertEquals("care", last.getString("by"));
    assertTrue(last.getString("at").endsWith("Z"));

    assertEquals(
        403,
        care.putJson(SERVICES + "/" + other + "/waiting-time", "{\"weeks\": 1}").statusCode(),
        "another organisation's entry");
    assertEquals(
        403,
        school.putJson(SERVICES + "/" + own + "/waiting-time", "{\"weeks\": 1}").statusCode(),
        "a school does not keep a care partner's entry");
    assertFalse(json(school.get(SERVICES + "/" + own)).getBoolean("mayEdit"));
    assertEquals(
        200,
        coordinator
            .putJson(SERVICES + "/" + other + "/waiting-time", "{\"weeks\": 3}")
            .statusCode(),
        "the coordinator keeps every entry of the region");
    assertProblem(
        care.putJson(SERVICES + "/" + own + "/waiting-time", "{\"weeks\": 500}"), "waitingWeeks");
    assertEquals(
        weeks, json(school.get(SERVICES + "/" + own)).getInt("waitingWeeks"), "refused: unchanged");
  }

  @Test
  void aWholeEditIsCheckedFieldByFieldAndAStaleCopyIsRefused() {
    long own = idOf("Ouders betrekken bij de opleiding");
    JsonObject before = json(care.get(SERVICES + "/" + own));
    String bad =
        body(
            before,
            b ->
                b.add("maxAge", 19)
                    .add("municipalities", Json.createArrayBuilder().add("GM9999").add("GM0599")));
    HttpResponse<String> refused = care.putJson(SERVICES + "/" + own, bad);
    assertEquals(400, refused.statusCode(), refused.body());
    List<String> fields =
        parse(refused).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertTrue(fields.containsAll(List.of("maxAge", "municipalities")), fields.toString());

    String renamed = body(before, b -> b.add("name", "Ouders betrekken bij school"));
    JsonObject after = json(care.putJson(SERVICES + "/" + own, renamed));
    assertEquals("Ouders betrekken bij school", after.getString("name"));
    assertEquals(409, care.putJson(SERVICES + "/" + own, renamed).statusCode(), "the old version");
    JsonArray history = jsonArray(care.get(SERVICES + "/" + own + "/history"));
    assertEquals("name", history.getJsonObject(0).getString("field"));
    assertEquals(
        "Ouders betrekken bij de opleiding", history.getJsonObject(0).getString("oldValue"));
    assertTrue(names(search(school, "q=betrekken")).contains("Ouders betrekken bij school"));
  }

  /**
   * Another portal instance changed a service: its transaction updated the row and appended to the
   * feed. This instance never saw the request; its index follows the feed within seconds.
   */
  @Test
  void theIndexFollowsAChangeMadeByAnotherInstance() throws Exception {
    long id = idOf("Nachtopvang jongeren");
    changeAsAnotherInstance(id, "name", "Nachtopvang Maasstad");
    long deadline = System.currentTimeMillis() + 20_000;
    List<String> found = List.of();
    while (System.currentTimeMillis() < deadline) {
      found = names(search(school, "q=maasstad"));
      if (found.contains("Nachtopvang Maasstad")) {
        break;
      }
      Thread.sleep(250);
    }
    assertTrue(found.contains("Nachtopvang Maasstad"), "followed the feed: " + found);
    assertFalse(names(search(school, "q=nachtopvang%20jongeren")).contains("Nachtopvang jongeren"));
  }

  /**
   * An entry not verified for more than six months is flagged in the search and listed on the
   * coordinator's staleness view; verifying it clears both.
   */
  @Test
  void anEntryNotVerifiedForSixMonthsIsFlaggedUntilSomeoneVerifiesIt() throws Exception {
    long id = idOf("Stagepunt Rijnmond");
    changeAsAnotherInstance(
        id, "verified_at", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMonths(7));
    assertTrue(json(school.get(SERVICES + "/" + id)).getBoolean("stale"), "the service says so");
    long deadline = System.currentTimeMillis() + 20_000;
    boolean flagged = false;
    while (!flagged && System.currentTimeMillis() < deadline) {
      flagged = find(search(school, "q=stagepunt"), id).getBoolean("stale");
      if (!flagged) {
        Thread.sleep(250);
      }
    }
    assertTrue(flagged, "the search flags it");

    Http page = Http.browser(base.toURI());
    page.signIn("coordinator", "demo", "/r/29/");
    String stale = page.get("/r/29/directory/stale").body();
    assertTrue(stale.contains("Stagepunt Rijnmond"), "listed for the coordinator");
    Http schoolPage = Http.browser(base.toURI());
    schoolPage.signIn("school", "demo", "/r/29/");
    assertEquals(403, schoolPage.get("/r/29/directory/stale").statusCode());

    assertEquals(200, coordinator.postJson(SERVICES + "/" + id + "/verify", "").statusCode());
    assertFalse(find(search(school, "q=stagepunt"), id).getBoolean("stale"), "verified: no flag");
    assertFalse(
        page.get("/r/29/directory/stale").body().contains("Stagepunt Rijnmond"), "off the list");
  }

  /** A deactivated organisation's services leave the search, and come back with it. */
  @Test
  void aDeactivatedOrganisationsServicesAreNotFound() {
    String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
    long organisation =
        json(coordinator.postJson(
                "/api/v1/regions/29/organisations",
                "{\"type\":\"OTHER\",\"name\":\"Tijdelijk " + unique + "\"}"))
            .getJsonNumber("id")
            .longValue();
    String word = "zeldzaamwoord" + unique.replaceAll("[^a-z]", "");
    HttpResponse<String> created =
        coordinator.postJson(
            SERVICES,
            "{\"organisationId\":"
                + organisation
                + ",\"name\":\"Dienst "
                + word
                + "\",\"description\":\"Tijdelijk.\",\"ageGroup\":\"ALL\","
                + "\"terms\":[\"housing\"],\"municipalities\":[\"GM0599\"]}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(1, search(school, "q=" + word).getInt("total"));

    assertEquals(
        200,
        coordinator
            .postJson("/api/v1/regions/29/organisations/" + organisation + "/deactivate", "")
            .statusCode());
    assertEquals(0, search(school, "q=" + word).getInt("total"), "gone with its organisation");
    assertEquals(
        200,
        coordinator
            .postJson("/api/v1/regions/29/organisations/" + organisation + "/reactivate", "")
            .statusCode());
    assertEquals(1, search(school, "q=" + word).getInt("total"), "back with it");
  }

  /**
   * The staleness reminder (ADR 0018): an organisation's entries made stale in the database get one
   * mail at the organisation's address, listing each with its page; later runs send nothing more;
   * once an entry is verified and goes stale again, a new mail lists it (and not the entry still
   * reminded in its period). An organisation without an address gets none, and its entry is not
   * marked reminded. The reminder shows on the coordinator's staleness view.
   */
  @Test
  void aStaleEntrysOrganisationIsMailedOnceUntilTheEntryIsVerifiedAndStaleAgain() throws Exception {
    String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
    String address = "kaart-" + unique + "@example.org";
    long organisation = organisation("Herinnering " + unique, address);
    long withoutAddress = organisation("Zonder adres " + unique, null);
    String firstName = "Herinneringsdienst " + unique;
    String secondName = "Tweede dienst " + unique;
    String unreachableName = "Dienst zonder adres " + unique;
    long first = service(organisation, firstName);
    long second = service(organisation, secondName);
    long unreachable = service(withoutAddress, unreachableName);
    LocalDateTime sevenMonthsAgo = LocalDateTime.now(ZoneOffset.UTC).minusMonths(7);
    // all three in one transaction: a run sees none or all of them stale
    changeAsAnotherInstance(List.of(first, second, unreachable), "verified_at", sevenMonthsAgo);

    MimeMessage mail = awaitMailsTo(address, 1).get(0);
    assertEquals(1, mail.getRecipients(Message.RecipientType.TO).length);
    assertEquals("portal@regioportal.test", mail.getFrom()[0].toString());
    assertEquals(
        "Sociale kaart: 2 vermeldingen controleren / Directory: 2 entries to verify",
        mail.getSubject());
    String body = text(mail);
    int english = body.indexOf("-- English --");
    assertTrue(english > 0, "Dutch first, English below: " + body);
    for (String part : List.of(body.substring(0, english), body.substring(english))) {
      assertTrue(part.contains(firstName) && part.contains(secondName), part);
      assertTrue(part.contains("/r/29/directory/services/" + first + "\n"), part);
      assertTrue(part.contains("/r/29/directory/services/" + second + "\n"), part);
      assertFalse(part.contains(unreachableName), "another organisation's entry: " + part);
    }
    assertTrue(body.startsWith("Beste Herinnering " + unique + ","), body);
    assertTrue(body.contains("Laatst gecontroleerd op "), body);
    assertTrue(remindedAt(first) != null && remindedAt(second) != null, "recorded on the entries");

    // later runs (each region's run every 3 s here) find nothing due: no second mail
    long seen = lastJob("directory-reminders");
    awaitJobsDoneAfter(seen);
    awaitJobsDoneAfter(lastJob("directory-reminders"));
    assertEquals(1, mailsTo(address).size(), "reminded once in this stale period");
    assertEquals(null, remindedAt(unreachable), "no address: not reminded, tried again later");

    Http page = Http.browser(base.toURI());
    page.signIn("coordinator", "demo", "/r/29/");
    String stale = page.get("/r/29/directory/stale").body();
    String today =
        LocalDateTime.now(ZoneOffset.UTC)
            .atZone(ZoneOffset.UTC)
            .withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
            .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    assertTrue(row(stale, firstName).contains(today), row(stale, firstName));
    assertTrue(row(stale, unreachableName).contains("nog niet"), row(stale, unreachableName));

    // verified, then stale again: a new period, a new mail with that entry alone
    assertEquals(200, coordinator.postJson(SERVICES + "/" + first + "/verify", "").statusCode());
    assertEquals(null, remindedAt(first), "verified: a new period starts");
    changeAsAnotherInstance(first, "verified_at", sevenMonthsAgo);
    List<MimeMessage> mails = awaitMailsTo(address, 2);
    String again = text(mails.get(1));
    assertTrue(again.contains(firstName), again);
    assertFalse(again.contains(secondName), "still reminded in its period: " + again);
    assertEquals(
        "Sociale kaart: 1 vermelding controleren / Directory: 1 entry to verify",
        mails.get(1).getSubject());
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * What another portal instance's transaction does to a service: the row changes (one column) and
   * the index feed gets its row, committed together, straight in the database.
   */
  /**
   * A change whose transaction commits after a later one (a long import, say: its feed number is
   * taken early) still reaches the index, although the index already applied the later number.
   */
  @Test
  void aChangeThatCommitsAfterALaterOneStillReachesTheIndex() throws Exception {
    String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
    long organisation = organisation("Volgorde " + unique, null);
    long slow = service(organisation, "Trage dienst " + unique);
    long quick = service(organisation, "Snelle dienst " + unique);
    try (Connection late = database()) {
      late.setAutoCommit(false);
      rename(late, slow, "Laatkomer" + unique);
      changeAsAnotherInstance(quick, "name", "Vroegkomer" + unique); // a higher number, committed
      awaitFound("vroegkomer" + unique, "Vroegkomer" + unique);
      late.commit();
    }
    awaitFound("laatkomer" + unique, "Laatkomer" + unique);
  }

  private static void rename(Connection c, long id, String name) throws Exception {
    try (PreparedStatement u =
            c.prepareStatement(
                "update directory_service set name = ?, version = version + 1 where id = ?");
        PreparedStatement f =
            c.prepareStatement(
                "insert into directory_index_feed (tenant_id, service_id, changed_at)"
                    + " values ('29', ?, current_timestamp(6))")) {
      u.setString(1, name);
      u.setLong(2, id);
      assertEquals(1, u.executeUpdate());
      f.setLong(1, id);
      f.executeUpdate();
    }
  }

  private void awaitFound(String query, String name) {
    Awaitility.await("the search finds " + name)
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> names(search(school, "q=" + query)).contains(name));
  }

  /**
   * The index feed is pruned: an entry older than the kept day goes, the newest always stays (a
   * starting instance begins there), and a fresh entry is kept.
   */
  @Test
  void theIndexFeedLosesItsOldEntriesButNeverTheNewest() throws Exception {
    long old;
    long fresh;
    try (Connection c = database();
        PreparedStatement f =
            c.prepareStatement(
                "insert into directory_index_feed (tenant_id, service_id, changed_at)"
                    + " values ('29', 0, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      f.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(3));
      f.executeUpdate();
      try (var keys = f.getGeneratedKeys()) {
        keys.next();
        old = keys.getLong(1);
      }
      f.setObject(1, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
      f.executeUpdate();
      try (var keys = f.getGeneratedKeys()) {
        keys.next();
        fresh = keys.getLong(1);
      }
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> !feedHas(old));
    assertTrue(feedHas(fresh), "a fresh entry stays");
  }

  private static boolean feedHas(long seq) throws Exception {
    try (Connection c = database();
        PreparedStatement q =
            c.prepareStatement("select count(*) from directory_index_feed where seq = ?")) {
      q.setLong(1, seq);
      try (var r = q.executeQuery()) {
        r.next();
        return r.getInt(1) == 1;
      }
    }
  }

  private static void changeAsAnotherInstance(long id, String column, Object value)
      throws Exception {
    changeAsAnotherInstance(List.of(id), column, value);
  }

  /** The same change to several services in one transaction. */
  private static void changeAsAnotherInstance(List<Long> ids, String column, Object value)
      throws Exception {
    try (Connection c = database()) {
      c.setAutoCommit(false);
      try (PreparedStatement u =
              c.prepareStatement(
                  "update directory_service set "
                      + column
                      + " = ?, version = version + 1 where id = ?");
          PreparedStatement f =
              c.prepareStatement(
                  "insert into directory_index_feed (tenant_id, service_id, changed_at)"
                      + " values ('29', ?, current_timestamp(6))")) {
        for (long id : ids) {
          u.setObject(1, value);
          u.setLong(2, id);
          assertEquals(1, u.executeUpdate());
          f.setLong(1, id);
          f.executeUpdate();
        }
      }
      c.commit();
    }
  }

  /** A new organisation of region 29, with an e-mail address or none. */
  private long organisation(String name, String email) {
    String mail = email == null ? "" : ",\"email\":\"" + email + "\"";
    return json(coordinator.postJson(
            "/api/v1/regions/29/organisations",
            "{\"type\":\"OTHER\",\"name\":\"" + name + "\"" + mail + "}"))
        .getJsonNumber("id")
        .longValue();
  }

  /** A new active service of that organisation. */
  private long service(long organisation, String name) {
    HttpResponse<String> created =
        coordinator.postJson(
            SERVICES,
            "{\"organisationId\":"
                + organisation
                + ",\"name\":\""
                + name
                + "\",\"description\":\"Voor de herinnering.\",\"ageGroup\":\"ALL\","
                + "\"terms\":[\"housing\"],\"municipalities\":[\"GM0599\"]}");
    assertEquals(201, created.statusCode(), created.body());
    return json(created).getJsonNumber("id").longValue();
  }

  /** Waits (at most 90 s) until {@code count} mails reached {@code address}; returns them all. */
  private static List<MimeMessage> awaitMailsTo(String address, int count) {
    return Mailbox.await(smtp, address, count);
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Mailbox.to(smtp, address);
  }

  private static String text(MimeMessage mail) throws Exception {
    return Mailbox.text(mail);
  }

  /**
   * Waits (at most 60 s) until region 29 has a reminder run after job {@code after} that is done,
   * and every mail job queued since is done too: whatever that run queued has been sent.
   */
  private static void awaitJobsDoneAfter(long after) {
    Awaitility.await("a reminder run after job " + after)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                count(
                            "select count(*) from system_job where kind = 'directory-reminders'"
                                + " and region_code = '29' and status = 'DONE' and id > ?",
                            after)
                        > 0
                    && count(
                            "select count(*) from system_job where kind = 'mail'"
                                + " and status <> 'DONE' and id > ?",
                            after)
                        == 0);
  }

  private static long lastJob(String kind) throws Exception {
    return count("select coalesce(max(id), 0) from system_job where kind = '" + kind + "'", 0);
  }

  private static long count(String sql, long parameter) throws Exception {
    try (Connection c = database();
        PreparedStatement q = c.prepareStatement(sql)) {
      if (sql.contains("?")) {
        q.setLong(1, parameter);
      }
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static LocalDateTime remindedAt(long service) throws Exception {
    try (Connection c = database();
        PreparedStatement q =
            c.prepareStatement("select reminded_at from directory_service where id = ?")) {
      q.setLong(1, service);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "service " + service);
        return r.getObject(1, LocalDateTime.class);
      }
    }
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }

  /** The table row of a page that names {@code text}. */
  private static String row(String html, String text) {
    int at = html.indexOf(text);
    assertTrue(at >= 0, text + " is on the page");
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }

  /** The service as input again (what a client that read it sends back), with a version. */
  private static String body(
      JsonObject s, java.util.function.Consumer<jakarta.json.JsonObjectBuilder> edit) {
    jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder(s);
    edit.accept(b);
    return b.remove("id")
        .remove("hsdsId")
        .remove("organisationName")
        .remove("verifiedAt")
        .remove("verifiedBy")
        .remove("stale")
        .remove("updatedAt")
        .remove("updatedBy")
        .remove("mayEdit")
        .build()
        .toString();
  }

  private long idOf(String name) {
    JsonObject all = search(school, "size=100");
    for (JsonValue v : all.getJsonArray("items")) {
      if (v.asJsonObject().getString("name").equals(name)) {
        return v.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    throw new AssertionError(name + " is not in the demo directory: " + names(all));
  }

  private static JsonObject find(JsonObject hits, long id) {
    for (JsonValue v : hits.getJsonArray("items")) {
      if (v.asJsonObject().getJsonNumber("id").longValue() == id) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError(id + " not found: " + hits);
  }

  private JsonObject search(Http who, String query) {
    return json(who.get(SERVICES + "?" + query));
  }

  private static List<String> names(JsonObject hits) {
    return hits.getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("name"))
        .toList();
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static void assertProblem(HttpResponse<String> r, String field) {
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    List<String> fields =
        parse(r).getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field", ""))
            .toList();
    assertTrue(fields.contains(field), field + " in " + r.body());
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    return parse(r);
  }

  private static JsonArray jsonArray(HttpResponse<String> r) {
    assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  private static JsonObject parse(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
