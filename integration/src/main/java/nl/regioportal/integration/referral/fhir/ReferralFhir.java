package nl.regioportal.integration.referral.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The names our FHIR resources use (identifier systems, code systems, extensions, resource ids) and
 * the one {@link FhirContext} of the application: building a context scans the whole R4 model (a
 * second or more), after which it is thread-safe; parsers are cheap and not thread-safe, so every
 * call takes a new one.
 */
public final class ReferralFhir {

  /** The media type of every FHIR body the portal sends or accepts. */
  public static final String MEDIA_TYPE = "application/fhir+json";

  private static final String BASE = "https://regioportaal.nl/fhir/";

  /** Identifier system of a referral (ServiceRequest, Task): value {@code {region}-{id}}. */
  public static final String REFERRAL_SYSTEM = BASE + "referral";

  /** Identifier system of one delivery of a referral (Bundle): {@code {region}-{id}-{version}}. */
  public static final String DELIVERY_SYSTEM = BASE + "referral-delivery";

  /** The identifiers of a referral's attachments: {@code {region}-{attachment id}}. */
  public static final String ATTACHMENT_SYSTEM = BASE + "referral-attachment";

  /** Identifier system of a portal organisation: value {@code {region}-{organisationId}}. */
  public static final String ORGANISATION_SYSTEM = BASE + "organisation";

  /** Identifier system of a consent: value {@code {region}-{consentId}}. */
  public static final String CONSENT_SYSTEM = BASE + "consent";

  /** The shared taxonomy's life domains (codes as in the directory, e.g. {@code education}). */
  public static final String LIFE_DOMAIN_SYSTEM = BASE + "CodeSystem/life-domain";

  /** The shared taxonomy's issues. */
  public static final String ISSUE_SYSTEM = BASE + "CodeSystem/issue";

  /** Directory services by their HSDS id (ServiceRequest.code). */
  public static final String SERVICE_SYSTEM = BASE + "CodeSystem/hsds-service";

  /** Why the portal cancelled a Task: {@code withdrawn}, {@code consent-withdrawn}. */
  public static final String TASK_STATUS_REASON_SYSTEM = BASE + "CodeSystem/task-status-reason";

  /**
   * Kinds of Task.input and Task.output: {@code three-way-conversation}, {@code portal-link} (in),
   * {@code outcome}, {@code alternative} (out).
   */
  public static final String TASK_PARAMETER_SYSTEM = BASE + "CodeSystem/task-parameter";

  /** What of the student a consent covers (codes: {@code InformationCategory} in lower case). */
  public static final String INFORMATION_CATEGORY_SYSTEM = BASE + "CodeSystem/information-category";

  /** What a consent is for (Consent.provision.purpose). */
  public static final String CONSENT_PURPOSE_SYSTEM = BASE + "CodeSystem/consent-purpose";

  /** How a consent was obtained: {@code in-person}, {@code digital}, {@code phone}. */
  public static final String CONSENT_METHOD_SYSTEM = BASE + "CodeSystem/consent-method";

  /** CBS municipality codes ({@code GM0599}). */
  public static final String CBS_MUNICIPALITY_SYSTEM = BASE + "CodeSystem/cbs-gemeentecode";

  /** Extension on Patient.address: the CBS municipality (valueCoding). */
  public static final String MUNICIPALITY_EXTENSION = BASE + "StructureDefinition/municipality";

  /** Extension on Patient: a preferred channel that no telecom entry stands for (valueString). */
  public static final String PREFERRED_CHANNEL_EXTENSION =
      BASE + "StructureDefinition/preferred-channel";

  /** Extension on Consent: how it was obtained (valueCoding). */
  public static final String CONSENT_METHOD_EXTENSION = BASE + "StructureDefinition/consent-method";

  private static final FhirContext CONTEXT = FhirContext.forR4();

  private ReferralFhir() {}

  /** The application's R4 context (created once, on first use of this class). */
  public static FhirContext context() {
    return CONTEXT;
  }

  /** A new JSON parser (parsers are not thread-safe). */
  public static IParser jsonParser() {
    return CONTEXT.newJsonParser();
  }

  /**
   * The id that the ServiceRequest, Task, Patient and Consent of a referral share: {@code
   * referral-{region}-{referralId}}, e.g. {@code referral-29-123}.
   */
  public static String resourceId(String region, long referralId) {
    return "referral-" + region + "-" + referralId;
  }

  /** The identifier value of a referral: {@code {region}-{referralId}}. */
  public static String referralIdentifier(String region, long referralId) {
    return region + "-" + referralId;
  }
}
