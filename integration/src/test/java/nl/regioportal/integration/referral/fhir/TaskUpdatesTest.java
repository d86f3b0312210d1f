package nl.regioportal.integration.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.regioportal.referral.delivery.ReferralMessage.Event;
import nl.regioportal.referral.delivery.TaskUpdate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskUpdatesTest {

  private static final String ID = "referral-29-123";

  /** A Task as a partner sends it, with the given members after id and status. */
  private static String task(String status, String more) {
    return "{\"resourceType\":\"Task\",\"id\":\""
        + ID
        + "\""
        + (status == null ? "" : ",\"status\":\"" + status + "\"")
        + ",\"intent\":\"order\""
        + (more.isEmpty() ? "" : "," + more)
        + "}";
  }

  private static TaskUpdate parse(String json) {
    return TaskUpdates.parse("29", ID, json, null);
  }

  @Test
  void anAcceptance() {
    TaskUpdate u = parse(task("accepted", ""));

    assertThat(u.referralId()).isEqualTo(123L);
    assertThat(u.status()).isEqualTo("accepted");
    assertThat(u.reasonCode()).isNull();
    assertThat(u.reasonText()).isNull();
    assertThat(u.outcomeCode()).isNull();
    assertThat(u.outcomeText()).isNull();
    assertThat(u.expectedStart()).isNull();
    assertThat(u.alternative()).isNull();
    assertThat(u.dedupKey()).matches("sha256:[0-9a-f]{64}");
  }

  @Test
  void aRejectionWithReasonAndAlternative() {
    TaskUpdate u =
        parse(
            task(
                "rejected",
                """
                "statusReason":{"coding":[{"system":"https://example.org/reasons","code":"no-capacity",
                "display":"Geen plek"}],"text":"Wachtlijst is vol"},
                "output":[{"type":{"coding":[{"system":"https://regioportaal.nl/fhir/CodeSystem/task-parameter",
                "code":"alternative"}]},"valueString":" Probeer het Jongerenloket "}],
                "note":[{"text":"wordt niet gelezen: er is een output"}]"""));

    assertThat(u.status()).isEqualTo("rejected");
    assertThat(u.reasonCode()).isEqualTo("no-capacity");
    assertThat(u.reasonText()).isEqualTo("Wachtlijst is vol");
    assertThat(u.alternative()).isEqualTo("Probeer het Jongerenloket");
    assertThat(u.outcomeCode()).isNull();
  }

  @Test
  void aRejectionsAlternativeMayComeInNotes() {
    TaskUpdate u =
        parse(
            task(
                "rejected",
                """
                "statusReason":{"coding":[{"code":"out-of-scope","display":"Valt buiten ons aanbod"}]},
                "note":[{"text":"Probeer het Jongerenloket"},{"text":"  "},{"text":"of de wijkteams"}]"""));

    assertThat(u.reasonCode()).isEqualTo("out-of-scope");
    assertThat(u.reasonText()).isEqualTo("Valt buiten ons aanbod");
    assertThat(u.alternative()).isEqualTo("Probeer het Jongerenloket\nof de wijkteams");
  }

  @Test
  void onHoldWithAnExpectedStart() {
    TaskUpdate u =
        parse(
            task(
                "on-hold",
                """
                "statusReason":{"text":"Wachtlijst"},"restriction":{"period":{"start":"2027-01-15"}}"""));

    assertThat(u.status()).isEqualTo("on-hold");
    assertThat(u.reasonCode()).isNull();
    assertThat(u.reasonText()).isEqualTo("Wachtlijst");
    assertThat(u.expectedStart()).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void anExpectedStartWithATimeIsTheDayAsWritten() {
    TaskUpdate u =
        parse(
            task(
                "on-hold",
                "\"restriction\":{\"period\":{\"start\":\"2027-01-15T00:30:00+01:00\"}}"));

    assertThat(u.expectedStart()).isEqualTo(LocalDate.of(2027, 1, 15));
  }

  @Test
  void anExpectedStartIsReadForOnHoldOnly() {
    TaskUpdate u =
        parse(task("accepted", "\"restriction\":{\"period\":{\"start\":\"2027-01-15\"}}"));

    assertThat(u.expectedStart()).isNull();
  }

  @Test
  void inProgress() {
    assertThat(parse(task("in-progress", "")).status()).isEqualTo("in-progress");
  }

  @Test
  void completedWithACodedOutcome() {
    TaskUpdate u =
        parse(
            task(
                "completed",
                """
                "output":[{"type":{"text":"resultaat"},"valueCodeableConcept":{"coding":[
                {"system":"https://example.org/outcomes","code":"helped","display":"Geholpen"}]}}]"""));

    assertThat(u.outcomeCode()).isEqualTo("helped");
    assertThat(u.outcomeText()).isEqualTo("Geholpen");
    assertThat(u.alternative()).isNull();
  }

  @Test
  void completedWithAnOutcomeInWords() {
    TaskUpdate u =
        parse(
            task(
                "completed",
                """
                "output":[{"type":{"text":"resultaat"},"valueString":"Schuldregeling getroffen"}]"""));

    assertThat(u.outcomeCode()).isNull();
    assertThat(u.outcomeText()).isEqualTo("Schuldregeling getroffen");
  }

  @Test
  void theOutputTypedOutcomeWinsOverOthers() {
    TaskUpdate u =
        parse(
            task(
                "completed",
                """
                "output":[{"type":{"text":"verslag"},"valueString":"zie dossier"},
                {"type":{"coding":[{"system":"https://regioportaal.nl/fhir/CodeSystem/task-parameter",
                "code":"outcome"}]},"valueCodeableConcept":{"coding":[{"code":"referred-on"}],
                "text":"Doorverwezen"}}]"""));

    assertThat(u.outcomeCode()).isEqualTo("referred-on");
    assertThat(u.outcomeText()).isEqualTo("Doorverwezen");
  }

  @Test
  void theIdempotencyKeyIsTheDedupKeyWhenGiven() {
    assertThat(TaskUpdates.parse("29", ID, task("accepted", ""), " abc-1 ").dedupKey())
        .isEqualTo("abc-1");
    assertThat(TaskUpdates.parse("29", ID, task("accepted", ""), "  ").dedupKey())
        .startsWith("sha256:");
  }

  @Test
  void theHashIgnoresWhatDoesNotChangeTheAnswer() {
    String a =
        task(
            "on-hold",
            "\"lastModified\":\"2026-12-05T10:00:00+01:00\",\"statusReason\":{\"text\":\"Wachtlijst\"}");
    String reordered =
        "{\"statusReason\":{\"text\":\"Wachtlijst\"},\"meta\":{\"versionId\":\"7\"},"
            + "\"lastModified\":\"2026-12-05T10:00:00+01:00\",\"intent\":\"order\","
            + "\"status\":\"on-hold\",\"id\":\"referral-29-123\",\"resourceType\":\"Task\"}";
    String later = a.replace("10:00:00", "11:00:00");
    String otherReason = a.replace("Wachtlijst", "Wachtlijst tot maart");
    String accepted = a.replace("on-hold", "accepted");

    String key = parse(a).dedupKey();
    assertThat(parse(reordered).dedupKey()).isEqualTo(key);
    assertThat(parse(later).dedupKey()).isNotEqualTo(key);
    assertThat(parse(otherReason).dedupKey()).isNotEqualTo(key);
    assertThat(parse(accepted).dedupKey()).isNotEqualTo(key);
  }

  @Test
  void aPartnerMaySendBackOurOwnTaskWithItsStatus() {
    Bundle bundle =
        ReferralBundlesTest.parse(ReferralBundles.toBundleJson(Messages.full(Event.SUBMITTED)));
    Task ours = ReferralBundlesTest.one(bundle, Task.class);
    ours.setStatus(Task.TaskStatus.ACCEPTED);
    ours.setId(ID);
    String json = ReferralFhir.jsonParser().encodeResourceToString(ours);

    TaskUpdate u = parse(json);

    assertThat(u.referralId()).isEqualTo(123L);
    assertThat(u.status()).isEqualTo("accepted");
  }

  // --- what is refused ---

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void anEmptyBody(String body) {
    assertInvalid(body, "body", "empty");
    assertThatThrownBy(() -> TaskUpdates.parse("29", ID, null, null))
        .isInstanceOf(InvalidTask.class)
        .hasMessageContaining("empty");
  }

  @Test
  void malformedJson() {
    assertInvalid("{\"resourceType\":\"Task\",\"status\":", "body", "JSON");
    assertInvalid("not json at all", "body", "JSON");
  }

  @Test
  void aResourceThatIsNotATask() {
    assertInvalid(
        "{\"resourceType\":\"Patient\",\"id\":\"referral-29-123\"}", "resourceType", "Patient");
  }

  @Test
  void noResourceType() {
    assertInvalid("{\"id\":\"referral-29-123\",\"status\":\"accepted\"}", "body", "resourceType");
  }

  @Test
  void anUnknownResourceType() {
    assertInvalid("{\"resourceType\":\"Taak\",\"id\":\"referral-29-123\"}", "body", "Taak");
  }

  @Test
  void noStatus() {
    assertInvalid(task(null, ""), "Task.status", "missing");
  }

  @Test
  void aStatusFhirDoesNotKnow() {
    assertInvalid(task("agreed", ""), "Task.status", "'agreed' is not a FHIR Task status");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "draft",
        "requested",
        "received",
        "ready",
        "cancelled",
        "failed",
        "entered-in-error"
      })
  void aStatusThatIsNoAnswer(String status) {
    assertInvalid(task(status, ""), "Task.status", "'" + status + "' is not an answer");
  }

  @Test
  void aStatusOfTheWrongJsonType() {
    // HAPI takes a number for the code it spells, and drops an object where a code belongs
    assertInvalid(
        "{\"resourceType\":\"Task\",\"id\":\"referral-29-123\",\"status\":5}",
        "Task.status",
        "'5' is not a FHIR Task status");
    assertInvalid(
        "{\"resourceType\":\"Task\",\"id\":\"referral-29-123\",\"status\":{\"code\":\"accepted\"}}",
        "Task.status",
        "missing");
  }

  @Test
  void anElementGivenTwiceWhereOnceIsAllowed() {
    assertInvalid(
        task("accepted", "\"statusReason\":[{\"text\":\"a\"},{\"text\":\"b\"}]"),
        "Task",
        "element 'statusReason' may occur only once");
  }

  @Test
  void anObjectGivenAsAString() {
    assertInvalid(
        task("accepted", "\"note\":\"Graag bellen\""),
        "Task",
        "element 'note' must be a JSON OBJECT, not a STRING");
  }

  @Test
  void anInvalidValueOfAnElementWeDoNotRead() {
    assertInvalid(
        task("accepted", "\"lastModified\":\"gisteren\""),
        "Task",
        "element 'lastModified' has an invalid value 'gisteren'");
  }

  @Test
  void jsonThatIsNoObject() {
    assertThatThrownBy(() -> parse("[1,2]"))
        .isInstanceOf(InvalidTask.class)
        .hasMessageStartingWith("body: not a FHIR R4 resource in JSON")
        .hasMessageNotContaining("HAPI-");
  }

  @Test
  void noId() {
    assertInvalid("{\"resourceType\":\"Task\",\"status\":\"accepted\"}", "Task.id", "missing");
  }

  @Test
  void anIdOtherThanTheUrls() {
    assertThatThrownBy(() -> TaskUpdates.parse("29", "referral-29-124", task("accepted", ""), null))
        .isInstanceOfSatisfying(InvalidTask.class, e -> assertThat(e.field()).isEqualTo("Task.id"))
        .hasMessageContaining("differs from the id of the URL");
  }

  @Test
  void anIdThatIsNoReferral() {
    String json = task("accepted", "").replace(ID, "task-77");
    assertThatThrownBy(() -> TaskUpdates.parse("29", "task-77", json, null))
        .isInstanceOfSatisfying(InvalidTask.class, e -> assertThat(e.field()).isEqualTo("Task.id"))
        .hasMessageContaining("not a referral's Task");
  }

  @Test
  void aTaskOfAnotherRegion() {
    String json = task("accepted", "").replace(ID, "referral-30-123");
    assertThatThrownBy(() -> TaskUpdates.parse("29", "referral-30-123", json, null))
        .isInstanceOfSatisfying(InvalidTask.class, e -> assertThat(e.field()).isEqualTo("Task.id"))
        .hasMessageContaining("belongs to region 30, not to region 29");
  }

  @Test
  void anExpectedStartThatIsNoDay() {
    assertInvalid(
        task("on-hold", "\"restriction\":{\"period\":{\"start\":\"2027-01\"}}"),
        "Task.restriction.period.start",
        "not a full date");
  }

  @Test
  void anExpectedStartThatIsNoDate() {
    assertInvalid(
        task("on-hold", "\"restriction\":{\"period\":{\"start\":\"volgende week\"}}"),
        "Task",
        "element 'start' has an invalid value 'volgende week'");
  }

  @Test
  void anOutcomeOfAnotherType() {
    assertInvalid(
        task("completed", "\"output\":[{\"type\":{\"text\":\"x\"},\"valueBoolean\":true}]"),
        "Task.output.value[x]",
        "valueBoolean");
  }

  @Test
  void anAlternativeThatIsNoString() {
    assertInvalid(
        task(
            "rejected",
            """
            "output":[{"type":{"coding":[{"system":"https://regioportaal.nl/fhir/CodeSystem/task-parameter",
            "code":"alternative"}]},"valueInteger":3}]"""),
        "Task.output.value[x]",
        "valueString");
  }

  @Test
  void anIdempotencyKeyTooLong() {
    assertThatThrownBy(() -> TaskUpdates.parse("29", ID, task("accepted", ""), "k".repeat(201)))
        .isInstanceOfSatisfying(
            InvalidTask.class, e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
  }

  @Test
  void anInvalidTaskBecomesAnOperationOutcome() {
    InvalidTask e = new InvalidTask("Task.status", "missing");

    String json = FhirOutcomes.invalid(e);

    OperationOutcome outcome =
        ReferralFhir.jsonParser().parseResource(OperationOutcome.class, json);
    assertThat(outcome.getIssue()).hasSize(1);
    OperationOutcome.OperationOutcomeIssueComponent issue = outcome.getIssueFirstRep();
    assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    assertThat(issue.getCode()).isEqualTo(OperationOutcome.IssueType.INVALID);
    assertThat(issue.getDiagnostics()).isEqualTo("Task.status: missing");
    assertThat(issue.getExpression()).extracting(Object::toString).containsExactly("Task.status");
    assertThat(R4Validator.errors(R4Validator.validate(json))).map(R4Validator::describe).isEmpty();

    OperationOutcome body =
        ReferralFhir.jsonParser()
            .parseResource(
                OperationOutcome.class, FhirOutcomes.invalid(new InvalidTask("body", "empty")));
    assertThat(body.getIssueFirstRep().hasExpression()).isFalse();
    assertThat(
            ReferralFhir.jsonParser()
                .parseResource(OperationOutcome.class, FhirOutcomes.error("Onbekende regio"))
                .getIssueFirstRep()
                .getDiagnostics())
        .isEqualTo("Onbekende regio");
  }

  private static void assertInvalid(String json, String field, String messagePart) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            InvalidTask.class, e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field))
        .hasMessageContaining(messagePart);
  }
}
