package nl.regioportal.directory.hsds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import nl.regioportal.directory.domain.Taxonomy;

/**
 * How the portal's directory maps onto HSDS 3.0 (ADR 0018), the one place both the export and the
 * import read:
 *
 * <ul>
 *   <li>Services, locations, phones, contacts, schedules and service-at-location keep their own
 *       public ids. Objects the portal stores without one (an organisation, a service area, a
 *       language, an attribute, an address, a cost option) get a name-based UUID of their owner's
 *       id and their key, so each export gives them the same id.
 *   <li>Life domains, issues and roles are three HSDS taxonomies; a service's terms are its
 *       attributes ({@code link_type} {@value #TERM_LINK}).
 *   <li>What HSDS has no field for is an attribute without a taxonomy term whose {@code link_type}
 *       starts with {@code regioportaal:}: the age group, whether the service accepts referrals
 *       through the portal, the waiting weeks, the chat address, an organisation's type, and the
 *       internal mark of a phone or contact.
 *   <li>A service area is a municipality: {@code extent_type} {@value #CBS_EXTENT}, {@code extent}
 *       its CBS code, {@code name} its name.
 *   <li>An opening or walk-in hour is a weekly schedule ({@code freq WEEKLY}, {@code byday}) whose
 *       {@code attending_type} is {@value #IN_PERSON} or {@value #WALK_IN}.
 * </ul>
 */
public final class Hsds {
  private Hsds() {}

  public static final String VERSION = "3.0";
  public static final String PROFILE = "https://docs.openreferral.org/en/latest/hsds/";
  public static final String TERM_LINK = "service_taxonomy";
  public static final String PREFIX = "regioportaal:";
  public static final String AGE_GROUP = PREFIX + "age_group";
  public static final String ACCEPTS_REFERRALS = PREFIX + "accepts_referrals";
  public static final String WAITING_WEEKS = PREFIX + "waiting_weeks";
  public static final String CHAT_URL = PREFIX + "chat_url";
  public static final String ORGANISATION_TYPE = PREFIX + "organisation_type";
  public static final String INTERNAL = PREFIX + "internal";
  public static final String CBS_EXTENT = "cbs_gemeentecode";
  public static final String IN_PERSON = "in person";
  public static final String WALK_IN = "walk-in";

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  /** A stable id for something stored without one: a name-based UUID of its owner and key. */
  public static String idOf(String kind, Object owner, Object key) {
    return UUID.nameUUIDFromBytes(
            ("regioportaal:" + kind + ":" + owner + ":" + key).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The id of an organisation of a region. */
  public static String organisationId(String region, long id) {
    return idOf("organisation", region, id);
  }

  /** The id of one of the three taxonomies. */
  public static String taxonomyId(Taxonomy t) {
    return idOf("taxonomy", "shared", t.name());
  }

  /** The name of a taxonomy in HSDS ({@code regioportaal-levensdomeinen}, ...). */
  public static String taxonomyName(Taxonomy t) {
    return switch (t) {
      case LIFE_DOMAIN -> "regioportaal-levensdomeinen";
      case ISSUE -> "regioportaal-vraagstukken";
      case ROLE -> "regioportaal-professionals";
    };
  }

  /** A UTC time as HSDS writes a date-time. */
  public static String instant(LocalDateTime utc) {
    return utc == null ? null : utc.atOffset(ZoneOffset.UTC).format(INSTANT);
  }
}
