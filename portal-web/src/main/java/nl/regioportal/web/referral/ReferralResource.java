package nl.regioportal.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.referral.application.ConsentReceipts;
import nl.regioportal.referral.application.ReferralAttachments;
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
 *       (PDF; the sender's people; an audit EXPORT);
 *   <li>{@code POST .../referrals/{id}/attachments} (sender, draft, consent covering ATTACHMENTS):
 *       the file as the body, its type as {@code Content-Type}, its name in {@code
 *       Content-Disposition: attachment; filename="..."} or {@code ?name=}; 201 with the
 *       attachment; 413 too large, 415 not an allowed type; {@code GET .../attachments} (list),
 *       {@code GET .../attachments/{aid}} (the file; an audit EXPORT), {@code DELETE
 *       .../attachments/{aid}} (sender, draft).
 * </ul>
 */
@Path("regions/{region}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

  @Inject Referrals referrals;
  @Inject ConsentReceipts receipts;
  @Inject ReferralAttachments attachments;
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

  /** Adds a file to a draft: the body is the file. */
  @POST
  @Path("{id}/attachments")
  @Consumes({
    "application/pdf",
    "image/png",
    "image/jpeg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "text/plain",
    MediaType.APPLICATION_OCTET_STREAM
  })
  public Response addAttachment(
      @PathParam("id") long id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Disposition") String disposition,
      @HeaderParam("Content-Type") String type,
      InputStream body)
      throws IOException {
    String fileName = name != null && !name.isBlank() ? name : fileNameOf(disposition);
    ReferralDetails.Attachment a = attachments.add(id, fileName, type, body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build())
        .entity(a)
        .build();
  }

  @GET
  @Path("{id}/attachments")
  public List<ReferralDetails.Attachment> attachments(@PathParam("id") long id) {
    return attachments.list(id);
  }

  /** The file itself, as an attachment (never shown inline by the browser). */
  @GET
  @Path("{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    ReferralAttachments.Download d = attachments.download(id, attachment);
    return Response.ok(d.content(), d.mediaType())
        .header("Content-Disposition", contentDisposition(d.fileName()))
        .header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @DELETE
  @Path("{id}/attachments/{attachment}")
  public Response removeAttachment(
      @PathParam("id") long id, @PathParam("attachment") long attachment) {
    attachments.remove(id, attachment);
    return Response.noContent().build();
  }

  private static final Pattern FILENAME_STAR =
      Pattern.compile("filename\\*\\s*=\\s*(?:UTF-8|utf-8)''([^;]+)");
  private static final Pattern FILENAME =
      Pattern.compile("filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

  /** The file name of a {@code Content-Disposition} header (RFC 6266), or {@code null}. */
  public static String fileNameOf(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher star = FILENAME_STAR.matcher(disposition);
    if (star.find()) {
      try {
        return URLDecoder.decode(star.group(1).strip().replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    Matcher plain = FILENAME.matcher(disposition);
    if (plain.find()) {
      return plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
    }
    return null;
  }

  /** {@code attachment} with an ASCII fallback name and the real one (RFC 6266, RFC 5987). */
  public static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String encoded =
        java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
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
