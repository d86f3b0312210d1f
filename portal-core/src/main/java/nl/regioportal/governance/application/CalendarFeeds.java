package nl.regioportal.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import nl.regioportal.governance.calendar.MeetingCalendar;
import nl.regioportal.governance.domain.AgendaItem;
import nl.regioportal.governance.domain.CalendarFeed;
import nl.regioportal.governance.domain.GoverningBody;
import nl.regioportal.governance.domain.Meeting;
import nl.regioportal.governance.domain.MeetingStatus;
import nl.regioportal.shared.InvalidInputException;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.shared.Violation;
import nl.regioportal.tenant.CurrentCaller;
import nl.regioportal.tenant.RegionAccess;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.tenant.persistence.TenantEntityManager;

/**
 * A person's calendar feeds of the region's meetings (issue 11, point 7): the feed of every body,
 * or of one. The address carries a random token (the person's, not a session: a calendar program
 * fetches it unattended), of which only the SHA-256 is kept; the person lists and revokes their
 * feeds, and a revoked feed answers as gone. The feed holds what every member of the region may
 * read: meetings with their agenda items' titles, nothing confidential.
 */
@ApplicationScoped
@Transactional(rollbackOn = Exception.class)
public class CalendarFeeds {

  /** The token in a feed's address: 32 random bytes, base64url without padding. */
  public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** How far back a feed reaches. */
  static final int MONTHS_BACK = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject TenantEntityManager tenantEm;
  @Inject RegionAccess access;
  @Inject CurrentCaller caller;
  @Inject TenantContext tenant;

  Clock clock = Clock.systemUTC();

  /** A feed as its owner lists it (the token is never shown again). */
  public record Feed(
      long id,
      Long bodyId,
      String bodyName,
      LocalDateTime createdAt,
      LocalDateTime revokedAt,
      LocalDateTime lastReadAt) {}

  /** A feed just made, with the token of its address (shown this once). */
  public record Created(Feed feed, String token) {}

  /** The feed's token was revoked by its owner: the feed is gone, not unknown. */
  public static final class Revoked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Revoked() {
      super("This calendar feed was revoked");
    }
  }

  /** Makes a feed for the caller: of every body ({@code bodyId} null) or of one. */
  public Created create(Long bodyId) {
    access.requireMember();
    var em = tenantEm.em();
    String bodyName = null;
    if (bodyId != null) {
      GoverningBody body = em.find(GoverningBody.class, bodyId);
      if (body == null) {
        throw new InvalidInputException(
            List.of(Violation.of("bodyId", "governance.calendar.body.unknown", bodyId)));
      }
      bodyName = body.name();
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    CalendarFeed feed = new CalendarFeed(caller.username(), bodyId, hash(token), now());
    em.persist(feed);
    em.flush();
    return new Created(view(feed, bodyName), token);
  }

  /** The caller's feeds in the region, the newest first. */
  public List<Feed> mine() {
    access.requireMember();
    var em = tenantEm.em();
    return em
        .createQuery(
            "select f from CalendarFeed f where f.username = :u order by f.createdAt desc, f.id desc",
            CalendarFeed.class)
        .setParameter("u", caller.username())
        .getResultList()
        .stream()
        .map(f -> view(f, bodyName(f.bodyId())))
        .toList();
  }

  /** Revokes one of the caller's feeds; another person's answers as not found. */
  public void revoke(long id) {
    access.requireMember();
    CalendarFeed f = tenantEm.em().find(CalendarFeed.class, id);
    if (f == null || !f.username().equals(caller.username())) {
      throw new NotFoundException("calendar feed", id);
    }
    f.revoke(now());
  }

  /**
   * The feed of {@code token} in the active region, as iCalendar text, without a signed-in caller
   * (the token is the key). An unknown token answers as not found, a revoked one as {@link
   * Revoked}.
   *
   * @param pageOf the address of a meeting's page, by its id
   */
  public String read(String token, LongFunction<URI> pageOf) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new NotFoundException("calendar feed", "?");
    }
    var em = tenantEm.em();
    List<CalendarFeed> found =
        em.createQuery("select f from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
            .setParameter("h", hash(token))
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("calendar feed", "?");
    }
    CalendarFeed feed = found.get(0);
    if (feed.isRevoked()) {
      throw new Revoked();
    }
    feed.read(now());
    LocalDateTime from =
        LocalDateTime.now(clock.withZone(MeetingRegister.DUTCH)).minusMonths(MONTHS_BACK);
    var query =
        em.createQuery(
                "select m from Meeting m where m.startsAt >= :from"
                    + (feed.bodyId() == null ? "" : " and m.bodyId = :b")
                    + " order by m.startsAt, m.id",
                Meeting.class)
            .setParameter("from", from);
    if (feed.bodyId() != null) {
      query.setParameter("b", feed.bodyId());
    }
    List<Meeting> meetings = query.getResultList();
    List<MeetingCalendar.Entry> entries =
        meetings.stream()
            .map(
                m ->
                    new MeetingCalendar.Entry(
                        m.uid(),
                        m.sequence(),
                        m.title(),
                        bodyName(m.bodyId()),
                        m.startsAt(),
                        m.endsAt(),
                        m.location(),
                        m.onlineUrl(),
                        m.status(),
                        m.updatedAt(),
                        pageOf.apply(m.id()),
                        m.status() == MeetingStatus.PLANNED ? List.of() : agenda(m.id())))
            .toList();
    String name =
        feed.bodyId() == null
            ? "Overleg regio " + tenant.require().value()
            : bodyName(feed.bodyId());
    return MeetingCalendar.write(name, entries);
  }

  private List<String> agenda(long meetingId) {
    return tenantEm
        .em()
        .createQuery(
            "select i from AgendaItem i where i.meetingId = :m order by i.position, i.id",
            AgendaItem.class)
        .setParameter("m", meetingId)
        .getResultList()
        .stream()
        .map(i -> i.title() + " (" + i.type().name().toLowerCase(Locale.ROOT) + ")")
        .toList();
  }

  private String bodyName(Long bodyId) {
    if (bodyId == null) {
      return null;
    }
    GoverningBody b = tenantEm.em().find(GoverningBody.class, bodyId);
    return b == null ? null : b.name();
  }

  private static Feed view(CalendarFeed f, String bodyName) {
    return new Feed(f.id(), f.bodyId(), bodyName, f.createdAt(), f.revokedAt(), f.lastReadAt());
  }

  static String hash(String token) {
    return nl.regioportal.shared.Sha256.hex(token);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
