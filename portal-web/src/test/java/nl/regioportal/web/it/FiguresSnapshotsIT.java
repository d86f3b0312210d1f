package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures snapshots for the table over real HTTP against the portal in Payara Micro on MariaDB
 * (issue 11, point 6): a snapshot keeps the figures as shown (no municipality line gives away a
 * small count with the total); school staff do not read it until it is on an agenda, where it is
 * frozen and no longer removed; a policy officer may not take one; a bad period is a 400.
 */
@ExtendWith(SharedPortal.class)
class FiguresSnapshotsIT {

  private static final String API = GovernanceApi.API;

  @SharedPortal.Base URL base;

  private Http coordinator;
  private Http policy;
  private Http school;
  private GovernanceApi api;

  @BeforeEach
  void callers() throws Exception {
    var uri = base.toURI();
    coordinator = Http.api(uri, "coordinator", "demo");
    policy = Http.api(uri, "policy", "demo");
    school = Http.api(uri, "school", "demo");
    api = new GovernanceApi(coordinator);
  }

  @Test
  void aSnapshotOnAnAgendaIsFrozenAndReadByEveryMember() {
    LocalDate today = LocalDate.now();
    String label = "Verwijzingen " + UUID.randomUUID().toString().substring(0, 8);
    JsonObject taken =
        GovernanceApi.json(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/figures-snapshots",
                    "{\"label\":\""
                        + label
                        + "\",\"from\":\"2000-01-01\",\"to\":\""
                        + today
                        + "\"}")));
    long id = taken.getJsonNumber("id").longValue();
    assertFalse(taken.containsKey("frozenAt"), taken.toString());
    assertNoHiddenCountDerivable(taken.getJsonObject("figures"));

    assertEquals(200, policy.get(API + "/figures-snapshots/" + id).statusCode());
    assertEquals(404, school.get(API + "/figures-snapshots/" + id).statusCode(), "not yet");

    long body = api.body("Tafel " + UUID.randomUUID(), "ADMINISTRATIVE_TABLE");
    long meeting = api.meeting(body, "Cijferoverleg", LocalDateTime.now().plusDays(3));
    GovernanceApi.created(
        coordinator.postJson(
            API + "/meetings/" + meeting + "/items",
            "{\"title\":\"Cijfers\",\"type\":\"DISCUSSION\",\"ownerName\":\"RMC\","
                + "\"figuresSnapshotId\":"
                + id
                + "}"));

    HttpResponse<String> read = school.get(API + "/figures-snapshots/" + id);
    assertEquals(200, read.statusCode(), "on an agenda every member reads it: " + read.body());
    JsonObject frozen = GovernanceApi.json(read);
    assertFalse(frozen.isNull("frozenAt"), frozen.toString());
    assertEquals(taken.getJsonObject("figures"), frozen.getJsonObject("figures"), "unchanged");
    HttpResponse<String> remove = coordinator.deleteJson(API + "/figures-snapshots/" + id);
    assertEquals(409, remove.statusCode(), remove.body());
    assertEquals(200, coordinator.get(API + "/figures-snapshots/" + id).statusCode());
  }

  @Test
  void onlyCoordinatorsTakeSnapshotsAndABadPeriodIsRefused() {
    assertEquals(
        403,
        policy
            .postJson(
                API + "/figures-snapshots",
                "{\"label\":\"x\",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}")
            .statusCode());
    HttpResponse<String> bad =
        coordinator.postJson(
            API + "/figures-snapshots",
            "{\"label\":\"Verkeerd\",\"from\":\"2026-06-30\",\"to\":\"2026-01-01\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    HttpResponse<String> unnamed =
        coordinator.postJson(
            API + "/figures-snapshots",
            "{\"label\":\" \",\"from\":\"2026-01-01\",\"to\":\"2026-06-30\"}");
    assertEquals(400, unnamed.statusCode(), unnamed.body());
    assertTrue(unnamed.body().contains("label"), unnamed.body());
  }

  /** No column of the municipality lines has one hidden cell, or hidden cells adding up to <5. */
  private static void assertNoHiddenCountDerivable(JsonObject figures) {
    for (String column : new String[] {"submitted", "answered", "accepted", "declined"}) {
      String total = figures.getJsonObject("total").getString(column);
      if (!total.matches("\\d+")) {
        continue;
      }
      long shown = 0;
      int hidden = 0;
      for (JsonValue v : figures.getJsonArray("byMunicipality")) {
        String c = v.asJsonObject().getString(column);
        if (c.matches("\\d+")) {
          shown += Long.parseLong(c);
        } else {
          hidden++;
        }
      }
      long worked = Long.parseLong(total) - shown;
      if (hidden > 0) {
        assertTrue(hidden > 1 && worked >= 5, column + ": " + figures);
      } else {
        assertEquals(0, worked, column + ": " + figures);
      }
    }
  }
}
