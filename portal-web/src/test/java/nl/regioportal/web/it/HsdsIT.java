package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory as HSDS 3.0 open data and the HSDS import, over real HTTP against the portal in
 * Payara Micro and MariaDB: every endpoint of the HSDS OpenAPI definition validated against the
 * HSDS schemas (networknt json-schema-validator, format assertions on), public reading without
 * internal details, another region's ids not found, the parameters and paging, the round trip
 * (export, import into an empty region, export again) and packages refused whole.
 */
@ExtendWith(SharedPortal.class)
class HsdsIT {

  private static final String HSDS = "/api/hsds/";
  private static final String SCHEMA_BASE = "https://hsds.invalid/schema/";

  /** Our copy of a schema file, by its name in shared/reference/hsds-3.0/schema/. */
  private static final Map<String, String> SCHEMAS = new HashMap<>();

  private static SchemaRegistry registry;

  @SharedPortal.Base URL base;

  private Http anonymous;
  private Http coordinator;
  private Http admin;

  @BeforeAll
  static void schemas() {
    for (String name :
        List.of(
            "compiled/service.json",
            "compiled/service_list.json",
            "compiled/organization.json",
            "compiled/organization_list.json",
            "compiled/organization_package.json",
            "compiled/service_at_location.json",
            "compiled/service_at_location_list.json",
            "taxonomy.json",
            "taxonomy_term.json",
            "metadata.json",
            "openapi.json")) {
      SCHEMAS.put(name, gunzip("/hsds-3.0/" + name.replace('/', '-') + ".gz"));
    }
    Map<String, String> byIri = new HashMap<>();
    SCHEMAS.forEach((name, text) -> byIri.put(SCHEMA_BASE + name, text));
    JsonObject openapi = read(SCHEMAS.get("openapi.json"));
    byIri.put(
        SCHEMA_BASE + "page.json",
        openapi.getJsonObject("components").getJsonObject("schemas").get("Page").toString());
    byIri.put(
        SCHEMA_BASE + "root.json",
        openapi
            .getJsonObject("paths")
            .getJsonObject("/")
            .getJsonObject("get")
            .getJsonObject("responses")
            .getJsonObject("200")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .toString());
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemas(byIri)
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  }

  @BeforeEach
  void callers() throws Exception {
    URI uri = base.toURI();
    anonymous = Http.anonymous(uri);
    coordinator = Http.api(uri, "coordinator", "demo");
    admin = Http.api(uri, "admin", "demo");
  }

  @Test
  void theSchemaCopiesAreTheSharedReference() throws IOException {
    Path shared = Path.of("../../shared/reference/hsds-3.0/schema");
    int compared = 0;
    for (var e : SCHEMAS.entrySet()) {
      Path original = shared.resolve(e.getKey());
      if (Files.exists(original)) {
        assertEquals(Files.readString(original), e.getValue(), e.getKey() + " differs");
        compared++;
      }
    }
    assertTrue(compared == 0 || compared == SCHEMAS.size(), "all or none present: " + compared);
  }

  @Test
  void everyEndpointAnswersWhatTheHsdsSchemasDescribe() {
    for (Http caller : List.of(anonymous, coordinator)) {
      valid("root.json", get(caller, "29/"));
      JsonObject services = page(caller, "29/services?per_page=100", "compiled/service_list.json");
      assertTrue(services.getInt("total_items") >= 18, "the demo directory: " + services);
      page(caller, "29/services?full=true&per_page=100", "compiled/service.json");
      page(caller, "29/services?minimal=true&per_page=100", "compiled/service_list.json");
      String serviceId = services.getJsonArray("contents").getJsonObject(0).getString("id");
      valid("compiled/service.json", get(caller, "29/services/" + serviceId));

      JsonObject orgs =
          page(caller, "29/organizations?per_page=100", "compiled/organization_list.json");
      page(caller, "29/organizations?full=true&per_page=100", "compiled/organization.json");
      page(caller, "29/organizations?full_service=true&per_page=20", "compiled/organization.json");
      String orgId =
          services.getJsonArray("contents").getJsonObject(0).getString("organization_id");
      assertTrue(
          orgs.getInt("total_items") > 6, "the region's member organisations: " + orgs.size());
      valid("compiled/organization.json", get(caller, "29/organizations/" + orgId));
      valid(
          "compiled/organization.json",
          get(caller, "29/organizations/" + orgId + "?full_service=true"));

      JsonObject taxonomies = page(caller, "29/taxonomies", "taxonomy.json");
      assertEquals(3, taxonomies.getInt("total_items"));
      String taxonomyId = taxonomies.getJsonArray("contents").getJsonObject(0).getString("id");
      valid("taxonomy.json", get(caller, "29/taxonomies/" + taxonomyId));
      JsonObject terms = page(caller, "29/taxonomy_terms?per_page=500", "taxonomy_term.json");
      assertEquals(90, terms.getInt("total_items"), "9 domains, 31 issues, 50 roles");
      JsonObject top =
          page(caller, "29/taxonomy_terms?top_only=true&per_page=500", "taxonomy_term.json");
      assertEquals(9, top.getInt("total_items"), "the life domains are the top of the tree");
      String termId = terms.getJsonArray("contents").getJsonObject(0).getString("id");
      valid("taxonomy_term.json", get(caller, "29/taxonomy_terms/" + termId));

      JsonObject at =
          page(
              caller,
              "29/service_at_locations?per_page=100",
              "compiled/service_at_location_list.json");
      assertTrue(at.getInt("total_items") > 0, "the demo services have locations: " + at);
      page(
          caller,
          "29/service_at_locations?full=true&per_page=100",
          "compiled/service_at_location.json");
      String atId = at.getJsonArray("contents").getJsonObject(0).getString("id");
      valid("compiled/service_at_location.json", get(caller, "29/service_at_locations/" + atId));
    }
    valid(
        "compiled/organization_package.json",
        body(coordinator.get("/api/v1/regions/29/services/hsds-package"), 200));
  }

  @Test
  void openDataHasNoInternalDetailsAndAnotherRegionsIdsAreNotFound() {
    String id = firstServiceId();
    JsonObject open = read(get(anonymous, "29/services/" + id));
    JsonObject member = read(get(coordinator, "29/services/" + id));
    assertTrue(
        member.getJsonArray("phones").size() > open.getJsonArray("phones").size(),
        "the direct line for professionals is for members only");
    assertFalse(open.toString().contains("Direct voor professionals"), open.toString());
    assertTrue(member.toString().contains("Direct voor professionals"), member.toString());
    assertTrue(open.getJsonArray("metadata").isEmpty(), "no history in open data");
    assertFalse(member.getJsonArray("metadata").isEmpty(), "members see who changed what");

    HttpResponse<String> publicAnswer = anonymous.get(HSDS + "29/services/" + id);
    assertEquals("*", publicAnswer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> memberAnswer = coordinator.get(HSDS + "29/services/" + id);
    assertTrue(
        memberAnswer.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        memberAnswer.headers().map().toString());

    String orgId = open.getString("organization_id");
    for (String path :
        List.of(
            "36/services/" + id,
            "36/organizations/" + orgId,
            "29/services/00000000-0000-0000-0000-000000000000",
            "29/service_at_locations/" + id,
            "29/taxonomies/" + id)) {
      Problems.assertProblem(anonymous.get(HSDS + path), 404, "/problems/not-found");
    }
    Problems.assertProblem(anonymous.get(HSDS + "77/services"), 404, "/problems/unknown-region");
    Problems.assertProblem(anonymous.get(HSDS + "29/nothing"), 404, "/problems/not-found");
    Problems.assertProblem(anonymous.get("/api/hsds"), 404, "/problems/not-found");
  }

  @Test
  void theParametersFilterAndPageAsTheDefinitionSays() {
    JsonObject terms = read(get(anonymous, "29/taxonomy_terms?search=schulden"));
    String debt = null;
    for (JsonValue t : terms.getJsonArray("contents")) {
      if ("debt".equals(t.asJsonObject().getString("code"))) {
        debt = t.asJsonObject().getString("id");
      }
    }
    assertTrue(debt != null, "the issue debt is found by its name: " + terms);
    JsonObject withDebt =
        read(get(anonymous, "29/services?full=true&per_page=100&taxonomy_term_id=" + debt));
    assertTrue(withDebt.getInt("total_items") > 0, withDebt.toString());
    for (JsonValue s : withDebt.getJsonArray("contents")) {
      assertTrue(s.toString().contains(debt), "every service has the term: " + s);
    }
    List<String> found = names(read(get(anonymous, "29/services?search=schulden&per_page=100")));
    assertTrue(found.contains("Jongerenloket geldzaken"), found.toString());

    JsonObject all = read(get(anonymous, "29/services?per_page=100"));
    String org = all.getJsonArray("contents").getJsonObject(0).getString("organization_id");
    JsonObject ofOrg = read(get(anonymous, "29/services?per_page=100&organization_id=" + org));
    for (JsonValue s : ofOrg.getJsonArray("contents")) {
      assertEquals(org, s.asJsonObject().getString("organization_id"));
    }
    assertTrue(ofOrg.getInt("total_items") < all.getInt("total_items"));
    assertEquals(
        0, read(get(anonymous, "29/services?modified_after=2099-01-01")).getInt("total_items"));
    assertEquals(
        all.getInt("total_items"),
        read(get(anonymous, "29/services?modified_after=2020-01-01T00:00:00Z"))
            .getInt("total_items"));

    JsonObject second = read(get(anonymous, "29/services?per_page=5&page=2"));
    assertEquals(2, second.getInt("page_number"));
    assertEquals(5, second.getInt("size"));
    assertFalse(second.getBoolean("first_page"));
    assertEquals((all.getInt("total_items") + 4) / 5, second.getInt("total_pages"));
    assertEquals(
        names(all).subList(5, 10), names(second), "page 2 holds results 6-10 in the same order");

    HttpResponse<String> ndjson = anonymous.get(HSDS + "29/services?format=ndjson");
    assertEquals(200, ndjson.statusCode());
    assertEquals(all.getInt("total_items"), ndjson.body().strip().split("\n").length);

    for (String bad :
        List.of(
            "services?page=x",
            "services?per_page=0",
            "services?per_page=501",
            "services?full=maybe",
            "services?modified_after=yesterday",
            "services?format=xml",
            "services?search=" + "schulden+".repeat(150))) {
      HttpResponse<String> r = anonymous.get(HSDS + "29/" + bad);
      Problems.assertProblem(r, 400, "/problems/invalid-input");
    }
    String syntax = URLEncoder.encode("schuld* AND (huur OR \"geld\")~2 +-!{}[]^:\\/", UTF8);
    assertEquals(200, anonymous.get(HSDS + "29/services?search=" + syntax).statusCode());
    HttpResponse<String> post = anonymous.post(HSDS + "29/services", "application/json", "{}");
    assertTrue(post.statusCode() == 405 || post.statusCode() == 401, post.statusCode() + "");
  }

  @Test
  void aRoundTripThroughAnEmptyRegionGivesTheSameDirectory() {
    String first = body(coordinator.get("/api/v1/regions/29/services/hsds-package"), 200);
    HttpResponse<String> imported =
        admin.postJson("/api/v1/regions/40/services/hsds-package", first);
    JsonObject report = read(body(imported, 200));
    assertTrue(report.getInt("services") >= 18, report.toString());
    String again = body(admin.get("/api/v1/regions/40/services/hsds-package"), 200);
    JsonArray before = comparable(readArray(first));
    JsonArray after = comparable(readArray(again));
    assertEquals(before.size(), after.size(), "as many organisations");
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i), after.get(i), "organization " + i);
    }
    // and importing it again adds nothing twice: refused whole, region 40 unchanged
    HttpResponse<String> twice = admin.postJson("/api/v1/regions/40/services/hsds-package", first);
    assertEquals(400, twice.statusCode(), twice.body());
    assertTrue(twice.body().contains("hsds") || twice.body().contains("services["), twice.body());
    assertEquals(again, body(admin.get("/api/v1/regions/40/services/hsds-package"), 200));
  }

  @Test
  void aBadPackageIsRefusedWithTheRecordAndFieldAndNothingOfItIsStored() {
    String exported = body(coordinator.get("/api/v1/regions/29/services/hsds-package"), 200);
    JsonArray good = readArray(exported);
    String target = "/api/v1/regions/39/services/hsds-package";

    assertRefused(
        target,
        withFirstService(good, s -> withAttributeTerm(s, "3f7b145d-84af-42d7-8fae-eaca714b02b2")),
        "attributes[0].taxonomy_term_id");
    assertRefused(target, withFirstService(good, s -> without(s, "name")), "name");
    assertRefused(
        target,
        withFirstService(
            good, s -> Json.createObjectBuilder(s).add("minimum_age", "sixteen").build()),
        "minimum_age");
    assertRefused(target, withCopyOfFirstService(good), "id");
    assertRefused(target, "{\"organizations\": ", "file");
    // a rule of the portal broken by the first service: named, like every other problem
    assertRefused(
        target, withFirstService(good, s -> with(s, "email", "not an e-mail address")), "email");
    // the rules' own check, on the last service: the organisations before it were already
    // created in the transaction, and are rolled back with it
    assertRefused(
        target, withLastService(good, s -> with(s, "email", "not an e-mail address")), "email");

    JsonObject services = read(get(admin, "39/services"));
    assertEquals(0, services.getInt("total_items"), "nothing of a refused package is stored");
    assertEquals(0, read(get(admin, "39/organizations")).getInt("total_items"));
    Problems.assertProblem(
        Http.api(base(), "school", "demo")
            .postJson("/api/v1/regions/29/services/hsds-package", exported),
        403,
        "/problems/forbidden");
  }

  @Test
  void aPackageInARegionsDropFolderIsImportedAndABadOneRejectedWithAReport() throws IOException {
    String exported = body(coordinator.get("/api/v1/regions/29/services/hsds-package"), 200);
    Path dir = Path.of(System.getProperty("it.import.dir")).resolve("regions/38/directory");
    Files.createDirectories(dir);
    // a bad one first: the same package with one service's status misspelt
    String bad = withFirstService(readArray(exported), s -> with(s, "status", "actief")).toString();
    String run = UUID.randomUUID().toString().substring(0, 8); // the folder outlives a run
    Files.writeString(dir.resolve("kapot-" + run + ".json.tmp"), bad);
    Files.move(dir.resolve("kapot-" + run + ".json.tmp"), dir.resolve("kapot-" + run + ".json"));
    Path report = dir.resolve("rejected").resolve("kapot-" + run + ".json.problems.txt");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> Files.exists(report));
    String problems = Files.readString(report);
    assertTrue(problems.contains("status") && problems.contains("actief"), problems);
    assertEquals(0, read(get(admin, "38/services")).getInt("total_items"), "nothing stored");

    int expected = read(get(admin, "29/services")).getInt("total_items");
    String good = "sociale-kaart-" + run + ".json";
    Files.writeString(dir.resolve(good + ".tmp"), exported);
    Files.move(dir.resolve(good + ".tmp"), dir.resolve(good));
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> isDone(dir, good));
    assertEquals(
        expected, read(get(admin, "38/services")).getInt("total_items"), "every service, once");
  }

  /**
   * A search of 10,000 characters in the link reaches the portal (the container takes request lines
   * up to 64 KiB: pre-boot-commands.txt) and answers its clear 400, over the same HTTP/2 connection
   * as the requests after it, which are answered normally.
   */
  @Test
  void aSearchOfTenThousandCharactersAnswersAClearProblemAndTheNextRequestIsServed() {
    Http school = Http.api(base(), "school", "demo");
    String q = "schulden" + "x".repeat(9_992);
    for (int round = 0; round < 2; round++) {
      HttpResponse<String> v1 = school.get("/api/v1/regions/29/services?q=" + q);
      Problems.assertProblem(v1, 400, "/problems/invalid-input");
      assertTrue(v1.body().contains("\"field\":\"q\""), v1.body());
      assertEquals(200, school.get("/api/v1/regions/29/services?q=schulden").statusCode());
      HttpResponse<String> open = anonymous.get(HSDS + "29/services?search=" + q);
      Problems.assertProblem(open, 400, "/problems/invalid-input");
      assertTrue(open.body().contains("\"field\":\"search\""), open.body());
      assertEquals(200, anonymous.get(HSDS + "29/services?search=schulden").statusCode());
    }
  }

  /**
   * A region adds an issue of its own beneath a shared life domain: it gets a code of the region,
   * services may name it, the search finds it by its name, and it is part of that region's open
   * taxonomy only. Shared terms are not the region's to add to.
   */
  @Test
  void aRegionAddsAnIssueOfItsOwnBeneathTheSharedTaxonomy() {
    String name = "Jongerenpunt geldzorgen " + UUID.randomUUID().toString().substring(0, 6);
    String body =
        "{\"taxonomy\":\"ISSUE\",\"parentCode\":\"income_debt\",\"nameNl\":\""
            + name
            + "\",\"nameEn\":\"Youth money point\"}";
    JsonObject term =
        read(body(coordinator.postJson("/api/v1/regions/36/directory-terms", body), 201));
    String code = term.getString("code");
    assertTrue(code.startsWith("36-"), code);
    assertFalse(term.getBoolean("shared"));
    Problems.assertProblem(
        coordinator.postJson("/api/v1/regions/36/directory-terms", body),
        409,
        "/problems/duplicate");
    HttpResponse<String> badParent =
        coordinator.postJson(
            "/api/v1/regions/36/directory-terms",
            "{\"taxonomy\":\"ISSUE\",\"parentCode\":\"nonsense\",\"nameNl\":\"x\"}");
    Problems.assertProblem(badParent, 400, "/problems/invalid-input");
    assertTrue(badParent.body().contains("parentCode"), badParent.body());
    Problems.assertProblem(
        coordinator.postJson(
            "/api/v1/regions/36/directory-terms",
            "{\"taxonomy\":\"LIFE_DOMAIN\",\"parentCode\":\"work\",\"nameNl\":\"Tiende\"}"),
        400,
        "/problems/invalid-input");
    Problems.assertProblem(
        Http.api(base(), "school", "demo").postJson("/api/v1/regions/29/directory-terms", body),
        403,
        "/problems/forbidden");

    // a service of region 36 names it, and the search finds the service by the term's name
    long org =
        read(body(
                coordinator.postJson(
                    "/api/v1/regions/36/organisations",
                    "{\"type\":\"OTHER\",\"name\":\"Geldpunt " + UUID.randomUUID() + "\"}"),
                201))
            .getJsonNumber("id")
            .longValue();
    body(
        coordinator.postJson(
            "/api/v1/regions/36/services",
            "{\"organisationId\":"
                + org
                + ",\"name\":\"Spreekuur geld\",\"description\":\"Vragen over geld\","
                + "\"ageGroup\":\"ALL\",\"terms\":[\""
                + code
                + "\"],\"municipalities\":[\"GM0599\"]}"),
        201);
    JsonObject hits =
        read(
            body(
                coordinator.get(
                    "/api/v1/regions/36/services?q=" + URLEncoder.encode(name.split(" ")[0], UTF8)),
                200));
    assertTrue(hits.toString().contains("Spreekuur geld"), hits.toString());

    JsonObject open36 = read(get(anonymous, "36/taxonomy_terms?search=jongerenpunt&per_page=500"));
    assertTrue(open36.toString().contains(code), open36.toString());
    valid("taxonomy_term.json", open36.getJsonArray("contents").getJsonObject(0).toString());
    JsonObject open29 = read(get(anonymous, "29/taxonomy_terms?search=jongerenpunt&per_page=500"));
    assertFalse(open29.toString().contains(code), "region 36's term is not region 29's");
  }

  /** The tabular set (a ZIP of HSDS CSV files) is imported too; a problem names file and line. */
  @Test
  void theTabularSetIsImportedAndAProblemNamesItsFileAndLine() {
    String debt = null;
    for (JsonValue t :
        read(get(anonymous, "29/taxonomy_terms?search=schulden")).getJsonArray("contents")) {
      if ("debt".equals(t.asJsonObject().getString("code"))) {
        debt = t.asJsonObject().getString("id");
      }
    }
    String org = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    String name = "Geldcafé " + service.substring(0, 6);
    java.util.function.Function<String, byte[]> set =
        term ->
            Zips.of(
                Map.of(
                    "organizations.csv",
                    "id,name,description\n" + org + ",Geldhulp " + org.substring(0, 6) + ",x\n",
                    "services.csv",
                    "id,organization_id,name,description,status,minimum_age,maximum_age\n"
                        + service
                        + ","
                        + org
                        + ","
                        + name
                        + ",\"Hulp bij geld, ook met DUO\",active,16,23\n",
                    "attributes.csv",
                    "id,link_id,link_type,taxonomy_term_id\n"
                        + UUID.randomUUID()
                        + ","
                        + service
                        + ",service_taxonomy,"
                        + term
                        + "\n",
                    "service_areas.csv",
                    "id,service_id,name,extent,extent_type\n"
                        + UUID.randomUUID()
                        + ","
                        + service
                        + ",Schiedam,GM0606,cbs_gemeentecode\n"));
    String target = "/api/v1/regions/37/services/hsds-tabular";
    HttpResponse<String> bad =
        admin.post(target, "application/zip", set.apply(UUID.randomUUID().toString()));
    Problems.assertProblem(bad, 400, "/problems/import-rejected");
    JsonObject problem = read(bad.body()).getJsonArray("problems").getJsonObject(0);
    assertEquals("attributes.csv, regel 2", problem.getString("record"), bad.body());
    assertEquals("taxonomy_term_id", problem.getString("field"));
    assertEquals(0, read(get(admin, "37/services")).getInt("total_items"), "nothing stored");

    JsonObject report = read(body(admin.post(target, "application/zip", set.apply(debt)), 200));
    assertEquals(1, report.getInt("services"), report.toString());
    JsonObject found = read(get(anonymous, "37/services?full=true&taxonomy_term_id=" + debt));
    assertEquals(List.of(name), names(found));
    valid("compiled/service.json", found.getJsonArray("contents").getJsonObject(0).toString());
    Problems.assertProblem(
        admin.post(target, "application/zip", "no zip".getBytes(UTF8)),
        400,
        "/problems/import-rejected");
  }

  // ---- helpers

  private static boolean isDone(Path dir, String file) throws IOException {
    Path done = dir.resolve("done");
    if (!Files.isDirectory(done)) {
      return false;
    }
    try (var files = Files.list(done)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith("-" + file));
    }
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private URI base() {
    try {
      return base.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertRefused(String path, Object pack, String field) {
    HttpResponse<String> r = admin.postJson(path, pack.toString());
    Problems.assertProblem(r, 400, "/problems/import-rejected");
    JsonArray problems = read(r.body()).getJsonArray("problems");
    boolean named = false;
    for (JsonValue p : problems) {
      JsonObject o = p.asJsonObject();
      assertTrue(o.containsKey("record"), "each problem names its record: " + o);
      if (field.equals(o.getString("field", null)) || "file".equals(o.getString("record"))) {
        named = true;
      }
    }
    assertTrue(named, "a problem at " + field + ": " + r.body());
  }

  private String firstServiceId() {
    return read(get(anonymous, "29/services?per_page=1"))
        .getJsonArray("contents")
        .getJsonObject(0)
        .getString("id");
  }

  private String get(Http caller, String path) {
    return body(caller.get(HSDS + path), 200);
  }

  private JsonObject page(Http caller, String path, String itemSchema) {
    String text = get(caller, path);
    valid("page.json", text);
    JsonObject page = read(text);
    for (String field :
        List.of(
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty")) {
      assertTrue(page.containsKey(field), path + " has " + field);
    }
    assertFalse(page.getJsonArray("contents").isEmpty(), path + " is not empty");
    for (JsonValue item : page.getJsonArray("contents")) {
      valid(itemSchema, item.toString());
    }
    return page;
  }

  private static void valid(String schema, String json) {
    Schema s = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + schema));
    List<Error> errors = s.validate(json, InputFormat.JSON);
    assertTrue(
        errors.isEmpty(),
        schema + ": " + errors + " in " + json.substring(0, Math.min(json.length(), 2000)));
  }

  private static String body(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.uri() + ": " + r.body());
    return r.body();
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonArray readArray(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }

  private static List<String> names(JsonObject page) {
    List<String> out = new ArrayList<>();
    for (JsonValue s : page.getJsonArray("contents")) {
      out.add(s.asJsonObject().getString("name"));
    }
    return out;
  }

  /** The package without what an import must change: ids, time stamps and the change history. */
  private static JsonArray comparable(JsonValue pack) {
    return (JsonArray) strip(pack);
  }

  private static JsonValue strip(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      o.forEach(
          (k, x) -> {
            boolean id = k.equals("id") || k.endsWith("_id");
            boolean time =
                k.equals("last_modified") || k.equals("assured_date") || k.equals("metadata");
            if (!id && !time) {
              b.add(k, strip(x));
            }
          });
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(x -> b.add(strip(x)));
      return b.build();
    }
    return v;
  }

  /** The package with its first service changed. */
  private static JsonArray withFirstService(JsonArray pack, UnaryOperator<JsonObject> change) {
    return changed(pack, change, true, false);
  }

  private static JsonArray withLastService(JsonArray pack, UnaryOperator<JsonObject> change) {
    return changed(pack, change, false, false);
  }

  /** The package with a copy of its first service beside it: the same id twice. */
  private static JsonArray withCopyOfFirstService(JsonArray pack) {
    return changed(pack, s -> with(s, "name", s.getString("name") + " (kopie)"), true, true);
  }

  private static JsonArray changed(
      JsonArray pack, UnaryOperator<JsonObject> change, boolean first, boolean copy) {
    int target = -1;
    for (int i = 0; i < pack.size(); i++) {
      if (!pack.getJsonObject(i).getJsonArray("services").isEmpty()) {
        target = i;
        if (first) {
          break;
        }
      }
    }
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (int i = 0; i < pack.size(); i++) {
      JsonObject o = pack.getJsonObject(i);
      if (i == target) {
        JsonArray services = o.getJsonArray("services");
        JsonArrayBuilder s = Json.createArrayBuilder();
        int at = first ? 0 : services.size() - 1;
        for (int j = 0; j < services.size(); j++) {
          s.add(j == at ? change.apply(services.getJsonObject(j)) : services.getJsonObject(j));
        }
        if (copy) {
          s.add(services.getJsonObject(0));
        }
        o = Json.createObjectBuilder(o).add("services", s).build();
      }
      out.add(o);
    }
    return out.build();
  }

  private static JsonObject withAttributeTerm(JsonObject s, String termId) {
    JsonArray attributes = s.getJsonArray("attributes");
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (int i = 0; i < attributes.size(); i++) {
      JsonObject a = attributes.getJsonObject(i);
      b.add(i == 0 ? without(with(a, "taxonomy_term_id", termId), "taxonomy_term") : a);
    }
    return Json.createObjectBuilder(s).add("attributes", b).build();
  }

  private static JsonObject with(JsonObject o, String key, String value) {
    return Json.createObjectBuilder(o).add(key, value).build();
  }

  private static JsonObject without(JsonObject o, String key) {
    return Json.createObjectBuilder(o).remove(key).build();
  }

  private static String gunzip(String resource) {
    try (InputStream in = HsdsIT.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
