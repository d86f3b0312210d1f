package nl.regioportal.web.referral;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioportal.integration.referral.fhir.FhirOutcomes;
import nl.regioportal.integration.referral.fhir.InvalidTask;
import nl.regioportal.integration.referral.fhir.TaskUpdates;
import nl.regioportal.referral.application.Referrals;
import nl.regioportal.referral.delivery.TaskUpdate;
import nl.regioportal.shared.AccessDeniedException;
import nl.regioportal.shared.ConflictException;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.web.i18n.Texts;
import nl.regioportal.web.security.RequestPaths;

/**
 * Closing the loop from a partner system (issue 10): {@code PUT /api/fhir/{region}/Task/{id}} with
 * a FHIR R4 Task (status accepted, rejected, on-hold, in-progress or completed, with statusReason
 * and output), authenticated as the receiving organisation (a bearer token bound to it; HTTP Basic
 * as {@code care} in development). The region was entered by the tenant filter, which checked the
 * membership. A repeat of a message already applied (same {@code Idempotency-Key}, or without one,
 * the same content) is dropped and answered 200 as such; an unknown referral or one of another
 * region answers 404, an invalid transition 409, a malformed Task 400, each with a FHIR
 * OperationOutcome. Nothing is changed by a refused message.
 */
@WebServlet(name = "FhirTask", urlPatterns = FhirTaskServlet.PREFIX + "*")
public class FhirTaskServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FhirTaskServlet.class.getName());

  public static final String PREFIX = "/api/fhir/";
  private static final String FHIR_JSON = "application/fhir+json;charset=UTF-8";
  private static final int MAX_BODY = 256 * 1024;

  @Inject transient Referrals referrals;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Texts.preferred(Collections.list(request.getLocales()));
    String path = RequestPaths.of(request).substring(PREFIX.length()); // "29/Task/referral-29-7"
    String[] parts = path.split("/", -1);
    if (parts.length != 3 || !parts[1].equals("Task") || parts[2].isBlank()) {
      write(response, 404, FhirOutcomes.error("Only Task/{id} is offered here: " + path));
      return;
    }
    if (!"PUT".equals(request.getMethod())) {
      response.setHeader("Allow", "PUT");
      write(response, 405, FhirOutcomes.error("A Task is updated with PUT."));
      return;
    }
    try {
      byte[] raw = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (raw.length > MAX_BODY) {
        write(response, 413, FhirOutcomes.error("A Task of at most 256 KiB is expected."));
        return;
      }
      TaskUpdate update =
          TaskUpdates.parse(
              parts[0],
              parts[2],
              new String(raw, StandardCharsets.UTF_8),
              request.getHeader("Idempotency-Key"));
      boolean applied = referrals.applyInbound(update);
      write(
          response,
          200,
          FhirOutcomes.information(
              applied
                  ? "Applied: the referral is now " + update.status() + "."
                  : "A repeat of a message already applied: dropped, nothing changed."));
    } catch (InvalidTask e) {
      write(response, 400, FhirOutcomes.invalid(e));
    } catch (InvalidInputException e) {
      write(
          response,
          400,
          FhirOutcomes.error(
              e.violations().stream()
                  .map(v -> Texts.text(locale, v))
                  .reduce((a, b) -> a + " " + b)
                  .orElse("")));
    } catch (NotFoundException e) {
      write(response, 404, FhirOutcomes.error("There is no such referral in this region."));
    } catch (AccessDeniedException e) {
      write(response, 403, FhirOutcomes.error(e.getMessage()));
    } catch (ConflictException e) {
      write(response, 409, FhirOutcomes.error(Texts.text(locale, e.violation())));
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected error " + id, e);
      write(response, 500, FhirOutcomes.error("Unexpected error; quote " + id + "."));
    }
  }

  private static void write(HttpServletResponse response, int status, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(FHIR_JSON);
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
