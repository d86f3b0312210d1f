package nl.regioportal.integration.referral.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The OperationOutcome bodies the FHIR endpoint answers errors with: a FHIR client reads an
 * OperationOutcome, not the RFC 9457 problem the rest of the API writes.
 */
public final class FhirOutcomes {

  private FhirOutcomes() {}

  /** 400 for a refused Task: one error issue of type {@code invalid}, at the Task's field. */
  public static String invalid(InvalidTask e) {
    String expression = e.field().startsWith("Task") ? e.field() : null;
    return error(IssueType.INVALID, e.getMessage(), expression);
  }

  /**
   * One error issue.
   *
   * @param type the issue type ({@code invalid}, {@code not-found}, {@code forbidden}, {@code
   *     conflict}, {@code exception}, ...)
   * @param diagnostics the words
   * @param expression a FHIRPath of the element concerned, or {@code null}
   */
  public static String error(IssueType type, String diagnostics, String expression) {
    OperationOutcome outcome = new OperationOutcome();
    OperationOutcome.OperationOutcomeIssueComponent issue =
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type);
    issue.setDiagnostics(diagnostics);
    if (expression != null) {
      issue.addExpression(expression);
    }
    return ReferralFhir.jsonParser().encodeResourceToString(outcome);
  }

  /** One error issue of type {@code invalid} without an element. */
  public static String error(String diagnostics) {
    return error(IssueType.INVALID, diagnostics, null);
  }

  /** One information issue (severity {@code information}, type {@code informational}). */
  public static String information(String diagnostics) {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.INFORMATION)
        .setCode(IssueType.INFORMATIONAL)
        .setDiagnostics(diagnostics);
    return ReferralFhir.jsonParser().encodeResourceToString(outcome);
  }
}
