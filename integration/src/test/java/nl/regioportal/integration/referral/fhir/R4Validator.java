package nl.regioportal.integration.referral.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/** HAPI's instance validator against base R4 only (no profiles of ours), built once per JVM. */
final class R4Validator {

  private static final FhirValidator VALIDATOR = create();

  private R4Validator() {}

  private static FhirValidator create() {
    var ctx = ReferralFhir.context();
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    return ctx.newValidator().registerValidatorModule(module);
  }

  /** Every message the validator gives for the JSON. */
  static synchronized List<SingleValidationMessage> validate(String json) {
    return VALIDATOR.validateWithResult(json).getMessages();
  }

  static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .toList();
  }

  static String describe(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
