package nl.regioportal.integration.referral.fhir;

/**
 * An inbound Task that cannot be taken as a receiver's answer: not JSON, not FHIR, not a Task, or a
 * Task whose id, status or values the portal does not accept. The REST layer answers it with 400
 * and {@link FhirOutcomes#invalid(InvalidTask)}; nothing of the Task has been applied.
 */
public class InvalidTask extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field where the problem is, as a FHIRPath expression ({@code Task.status}), or the part
   *     of the request ({@code body}, {@code Idempotency-Key})
   * @param message what is wrong, for the sender's developers (English, names the field)
   */
  public InvalidTask(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** Where the problem is ({@code Task.status}, {@code body}, ...). */
  public String field() {
    return field;
  }
}
