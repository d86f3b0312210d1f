package nl.regioportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The governance e-mail notices over a real SMTP server (GreenMail on {@code it.smtp.port}) from
 * the portal in Payara Micro on MariaDB (issue 11, point 7; the reminder runs every 2 s here): a
 * published agenda reaches the body's seat holders with an address, naming the meeting but no item;
 * an overdue action reaches its owner once (not at every run), without the action's text.
 */
@ExtendWith(SharedPortal.class)
class GovernanceNoticesIT {

  private static final String API = "/api/v1/regions/29";

  private static GreenMail smtp;

  @SharedPortal.Base URL base;

  private Http coordinator;
  private GovernanceApi api;

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

  @BeforeEach
  void callers() throws Exception {
    coordinator = Http.api(base.toURI(), "coordinator", "demo");
    api = new GovernanceApi(coordinator);
  }

  @Test
  void aPublishedAgendaReachesTheSeatHoldersWithoutItsItems() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long body = body("Tafel " + tag);
    long seat =
        GovernanceApi.id(
            GovernanceApi.created(
                coordinator.postJson(API + "/bodies/" + body + "/seats", "{\"role\":\"CHAIR\"}")));
    String holder = "voorzitter-" + tag + "@gemeente.example";
    GovernanceApi.created(
        coordinator.postJson(
            API + "/bodies/" + body + "/seats/" + seat + "/terms",
            "{\"personName\":\"V. Zitter\",\"email\":\""
                + holder
                + "\",\"startDate\":\""
                + LocalDate.now().minusMonths(1)
                + "\"}"));
    LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(14).withMinute(0);
    long meeting = meeting(body, "Overleg " + tag, start);
    GovernanceApi.created(
        coordinator.postJson(
            API + "/meetings/" + meeting + "/items",
            "{\"title\":\"Vertrouwelijk punt "
                + tag
                + "\",\"type\":\"DISCUSSION\",\"ownerName\":\"RMC\"}"));
    assertEquals(
        200, coordinator.postJson(API + "/meetings/" + meeting + "/publish", "").statusCode());

    MimeMessage mail = Mailbox.await(smtp, holder, 1).get(0);
    String text = Mailbox.text(mail);
    assertTrue(
        mail.getSubject().startsWith("Agenda gepubliceerd / Agenda published"), mail.getSubject());
    assertTrue(text.contains("Overleg " + tag), text);
    assertTrue(text.contains("/r/29/meetings/" + meeting), text);
    assertFalse(text.contains("Vertrouwelijk punt"), "no item in the mail: " + text);
  }

  @Test
  void anOverdueActionRemindsItsOwnerOnceWithoutItsText() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long body = body("Werkgroep " + tag);
    long meeting =
        meeting(body, "Eerder overleg " + tag, LocalDateTime.now().minusDays(3).withHour(10));
    String owner = "eigenaar-" + tag + "@gemeente.example";
    JsonObject withAction =
        GovernanceApi.json(
            GovernanceApi.created(
                coordinator.postJson(
                    API + "/meetings/" + meeting + "/actions",
                    "{\"description\":\"Geheime cijfers "
                        + tag
                        + "\",\"ownerName\":\"E. Igenaar\",\"ownerEmail\":\""
                        + owner
                        + "\",\"deadline\":\""
                        + LocalDate.now().minusDays(1)
                        + "\"}")));
    long action =
        withAction.getJsonArray("actions").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals("RED", withAction.getJsonArray("actions").getJsonObject(0).getString("light"));

    MimeMessage mail = Mailbox.await(smtp, owner, 1).get(0);
    String text = Mailbox.text(mail);
    assertEquals("Actie over de datum / Action overdue", mail.getSubject());
    assertTrue(
        text.contains("Werkgroep " + tag) && text.contains("/r/29/meetings/" + meeting), text);
    assertFalse(text.contains("Geheime cijfers"), "not the action's text: " + text);

    // two more runs (every 2 s): the reminder is recorded on the action, nothing mailed twice
    SystemJobRows.awaitRunsDoneAfter(
        "governance-reminders", SystemJobRows.last("governance-reminders"), 2);
    assertEquals(1, Mailbox.to(smtp, owner).size(), "one reminder, not one per run");
    JsonObject read = GovernanceApi.json(coordinator.get(API + "/actions/" + action));
    assertEquals("RED", read.getString("light"));
  }

  private long body(String name) {
    return api.body(name, "WORKING_GROUP");
  }

  private long meeting(long body, String title, LocalDateTime start) {
    return api.meeting(body, title, start);
  }
}
