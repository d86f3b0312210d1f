package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import nl.regioportal.referral.application.ConsentReceipts;
import nl.regioportal.referral.application.ReferralDetails;
import nl.regioportal.referral.application.ReferralSummary;
import nl.regioportal.referral.application.Referrals;
import nl.regioportal.referral.domain.ReferralDraft;
import nl.regioportal.referral.domain.ReferralState;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.Violation;
import nl.regioportal.web.i18n.Texts;

/**
 * Referrals of a region (issue 10):
 *
 * <ul>
 *   <li>{@code POST /api/v1/regions/{region}/referrals} (school staff or care workers of the
 *       sending organisation): {@code receiverOrganisationId}, optional {@code serviceId}, {@code
 *       student} {givenName, familyName, birthDate, municipality, phone, email, preferredChannel},
 *       {@code reason} {domains, issues, text}, {@code urgency} (REGULAR, URGENT with {@code
 *       responseHours}), {@code asked}, {@code threeWayConversation}, {@code consent} {givenBy,
 *       guardianName, categories, purpose, validUntil, obtained}; 201 with {@code id}, {@code
 *       state} and the {@code warnings} (turns 18, municipality not served);
 *   <li>{@code POST .../referrals/{id}/submit}, {@code .../withdraw}, {@code .../consent/withdraw}
 *       (sender), {@code .../answer} {state, declineReason, alternative, expectedStart, outcome,
 *       outcomeText, note} (receiver);
 *   <li>{@code GET .../referrals/{id}} and {@code GET .../referrals?role=sent|received&state=};
 *   <li>{@code GET .../referrals/{id}/consent/receipt?lang=nl|en}: the student's consent receipt
 *       (PDF; the sender's people; an audit EXPORT).
 * </ul>
 */
@Path("regions/{region}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

  @Inject Referrals referrals;
  @Inject ConsentReceipts receipts;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PathParam("region")
  String region;

  /** What a sender posts. */
  public record ReferralInput(
      Long receiverOrganisationId,
      Long serviceId,
      StudentInput student,
      ReasonInput reason,
      String urgency,
      Integer responseHours,
      String asked,
      Boolean threeWayConversation,
      ConsentInput consent) {}

  public record StudentInput(
      String givenName,
      String familyName,
      String birthDate,
      String municipality,
      String phone,
      String email,
      String preferredChannel) {}

  public record ReasonInput(List<String> domains, List<String> issues, String text) {}

  public record ConsentInput(
      String givenBy,
      String guardianName,
      List<String> categories,
      String purpose,
      String validUntil,
      String obtained) {}

  /** The answer to a creation. */
  public record CreatedDto(long id, String state, List<String> warnings) {}

  /** A receiver's answer. */
  public record AnswerInput(
      String state,
      String declineReason,
      String alternative,
      String expectedStart,
      String outcome,
      String outcomeText,
      String note) {}

  public record WithdrawInput(String reason) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ReferralInput in) {
    if (in == null) {
      throw new InvalidInputException(
          List.of(Violation.of("receiverOrganisationId", "referral.receiver.required")));
    }
    StudentInput s =
        in.student() == null
            ? new StudentInput(null, null, null, null, null, null, null)
            : in.student();
    ReasonInput r = in.reason() == null ? new ReasonInput(null, null, null) : in.reason();
    ConsentInput c = in.consent();
    Referrals.Created created =
        referrals.create(
            new ReferralDraft(
                in.receiverOrganisationId(),
                in.serviceId(),
                s.givenName(),
                s.familyName(),
                s.birthDate(),
                s.municipality(),
                s.phone(),
                s.email(),
                s.preferredChannel(),
                r.domains(),
                r.issues(),
                r.text(),
                in.asked(),
                in.urgency(),
                in.responseHours(),
                in.threeWayConversation(),
                c == null
                    ? null
                    : new ReferralDraft.ConsentDraft(
                        c.givenBy(),
                        c.guardianName(),
                        c.categories(),
                        c.purpose(),
                        c.validUntil(),
                        c.obtained())));
    Locale locale = Texts.preferred(headers.getAcceptableLanguages());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(
            new CreatedDto(
                created.id(),
                created.state().name(),
                created.warnings().stream().map(w -> Texts.text(locale, w)).toList()))
        .build();
  }

  @POST
  @Path("{id}/submit")
  public ReferralDetails submit(@PathParam("id") long id) {
    return referrals.submit(id);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReferralDetails withdraw(@PathParam("id") long id, WithdrawInput in) {
    return referrals.withdraw(id, in == null ? null : in.reason());
  }

  @POST
  @Path("{id}/consent/withdraw")
  public ReferralDetails withdrawConsent(@PathParam("id") long id) {
    return referrals.withdrawConsent(id);
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReferralDetails answer(@PathParam("id") long id, AnswerInput in) {
    if (in == null || in.state() == null || in.state().isBlank()) {
      throw new InvalidInputException(List.of(Violation.of("state", "referral.answer.state")));
    }
    ReferralState state;
    try {
      state = ReferralState.valueOf(in.state().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(List.of(Violation.of("state", "referral.answer.state")));
    }
    return referrals.answer(
        id,
        new Referrals.Answer(
            state,
            in.declineReason(),
            in.alternative(),
            in.expectedStart(),
            in.outcome(),
            in.outcomeText(),
            in.note()));
  }

  /**
   * The student's consent receipt as PDF, Dutch ({@code ?lang=nl}, the default) or English ({@code
   * ?lang=en}); the sending organisation's people only (404 for everyone else).
   */
  @GET
  @Path("{id}/consent/receipt")
  @Produces("application/pdf")
  public Response receipt(@PathParam("id") long id, @QueryParam("lang") String lang) {
    Locale locale = Locale.forLanguageTag("nl");
    if (lang != null && !lang.isBlank()) {
      switch (lang.strip().toLowerCase(Locale.ROOT)) {
        case "nl" -> locale = Locale.forLanguageTag("nl");
        case "en" -> locale = Locale.ENGLISH;
        default ->
            throw new InvalidInputException(
                List.of(Violation.of("lang", "api.enum.invalid", lang, "nl, en")));
      }
    }
    ConsentReceipts.Receipt r = receipts.receipt(id, locale);
    return Response.ok(r.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}")
  public ReferralDetails get(@PathParam("id") long id) {
    return referrals.get(id);
  }

  @GET
  public List<ReferralSummary> list(
      @QueryParam("role") String role,
      @QueryParam("state") String state,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Referrals.Side side = Referrals.Side.SENT;
    if (role != null && !role.isBlank()) {
      switch (role.strip().toLowerCase(Locale.ROOT)) {
        case "sent" -> side = Referrals.Side.SENT;
        case "received" -> side = Referrals.Side.RECEIVED;
        default ->
            throw new InvalidInputException(
                List.of(Violation.of("role", "api.enum.invalid", role, "sent, received")));
      }
    }
    ReferralState s = null;
    if (state != null && !state.isBlank()) {
      try {
        s = ReferralState.valueOf(state.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            List.of(
                Violation.of(
                    "state",
                    "api.enum.invalid",
                    state,
                    java.util.Arrays.toString(ReferralState.values()))));
      }
    }
    return referrals.list(side, s, page == null ? 1 : page, size == null ? 20 : size);
  }
}
