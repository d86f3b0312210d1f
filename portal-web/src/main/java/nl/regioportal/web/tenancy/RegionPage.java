package nl.regioportal.web.tenancy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.tenant.PortalRole;

/**
 * The route table: every region page, declared once with its path below {@code /r/{region}}, the
 * Facelets view that renders it, the regional roles that may open it and the kind of record its
 * {@code {id}} names. The tenant filter routes by it ({@link PageRoute}), the view handler builds
 * addresses from it, the security sweep walks it, and a unit test holds the role matrix of
 * docs/security.md to it: a page added here is swept and checked without another list to update.
 *
 * <p>Views live in {@code /app/}, which is never reachable directly.
 */
public enum RegionPage {
  DASHBOARD("dashboard", "/", "/app/dashboard.xhtml", Access.ANY_MEMBER, RecordKind.NONE),
  ORGANISATIONS(
      "organisations",
      "/organisations",
      "/app/organisations.xhtml",
      Access.ANY_MEMBER,
      RecordKind.NONE),
  ORGANISATION_NEW(
      "organisation-new",
      "/organisations/new",
      "/app/organisation.xhtml",
      Access.MANAGERS,
      RecordKind.NONE),
  ORGANISATION(
      "organisation",
      "/organisations/{id}",
      "/app/organisation.xhtml",
      Access.ANY_MEMBER,
      RecordKind.ORGANISATION),
  INVITATIONS(
      "invitations", "/invitations", "/app/invitations.xhtml", Access.MANAGERS, RecordKind.NONE),
  FUNDING("funding", "/funding", "/app/funding.xhtml", Access.FUNDING, RecordKind.NONE),
  FUNDING_NEW(
      "funding-new", "/funding/new", "/app/funding-edit.xhtml", Access.MANAGERS, RecordKind.NONE),
  ARRANGEMENT(
      "arrangement",
      "/funding/{id}",
      "/app/arrangement.xhtml",
      Access.FUNDING,
      RecordKind.FUNDING_ARRANGEMENT),
  FUNDING_VERSION(
      "funding-version",
      "/funding/versions/{id}",
      "/app/funding-version.xhtml",
      Access.FUNDING,
      RecordKind.PUBLISHED_FUNDING_VERSION),
  FUNDING_EDIT(
      "funding-edit",
      "/funding/versions/{id}/edit",
      "/app/funding-edit.xhtml",
      Access.MANAGERS,
      RecordKind.DRAFT_FUNDING_VERSION),
  INDICATORS(
      "indicators", "/indicators", "/app/indicators.xhtml", Access.MANAGERS, RecordKind.NONE),
  DIRECTORY("directory", "/directory", "/app/directory.xhtml", Access.ANY_MEMBER, RecordKind.NONE),
  DIRECTORY_STALE(
      "directory-stale",
      "/directory/stale",
      "/app/directory-stale.xhtml",
      Access.MANAGERS,
      RecordKind.NONE),
  DIRECTORY_IMPORT(
      "directory-import",
      "/directory/import",
      "/app/directory-import.xhtml",
      Access.MANAGERS,
      RecordKind.NONE),
  DIRECTORY_TERMS(
      "directory-terms",
      "/directory/terms",
      "/app/directory-terms.xhtml",
      Access.MANAGERS,
      RecordKind.NONE),
  DIRECTORY_ORGANISATION(
      "directory-organisation",
      "/directory/organisations/{id}",
      "/app/directory-organisation.xhtml",
      Access.ANY_MEMBER,
      RecordKind.ORGANISATION),
  DIRECTORY_SERVICE_NEW(
      "directory-service-new",
      "/directory/organisations/{id}/new",
      "/app/directory-service-edit.xhtml",
      Access.MAINTAINERS,
      RecordKind.ORGANISATION),
  DIRECTORY_SERVICE_EDIT(
      "directory-service-edit",
      "/directory/services/{id}/edit",
      "/app/directory-service-edit.xhtml",
      Access.MAINTAINERS,
      RecordKind.DIRECTORY_SERVICE),
  DIRECTORY_SERVICE(
      "directory-service",
      "/directory/services/{id}",
      "/app/directory-service.xhtml",
      Access.ANY_MEMBER,
      RecordKind.DIRECTORY_SERVICE),
  REFERRALS("referrals", "/referrals", "/app/referrals.xhtml", Access.REFERRERS, RecordKind.NONE),
  REFERRAL_NEW(
      "referral-new",
      "/referrals/new",
      "/app/referral-new.xhtml",
      Access.REFERRERS,
      RecordKind.NONE),
  REFERRAL_DELIVERIES(
      "referral-deliveries",
      "/referrals/deliveries",
      "/app/referral-deliveries.xhtml",
      Access.MANAGERS,
      RecordKind.NONE),
  REFERRAL_FIGURES(
      "referral-figures",
      "/referrals/figures",
      "/app/referral-figures.xhtml",
      Access.FIGURES,
      RecordKind.NONE),
  REFERRAL(
      "referral", "/referrals/{id}", "/app/referral.xhtml", Access.REFERRERS, RecordKind.REFERRAL),
  BODIES("bodies", "/bodies", "/app/bodies.xhtml", Access.ANY_MEMBER, RecordKind.NONE),
  MEETINGS("meetings", "/meetings", "/app/meetings.xhtml", Access.ANY_MEMBER, RecordKind.NONE),
  GOVERNANCE_FIGURES(
      "governance-figures",
      "/meetings/figures",
      "/app/governance-figures.xhtml",
      Access.ANY_MEMBER,
      RecordKind.NONE),
  MEETING("meeting", "/meetings/{id}", "/app/meeting.xhtml", Access.ANY_MEMBER, RecordKind.MEETING),
  DECISIONS("decisions", "/decisions", "/app/decisions.xhtml", Access.ANY_MEMBER, RecordKind.NONE);

  /** What record a page's {@code {id}} names (the sweep makes one of that kind to open it). */
  public enum RecordKind {
    NONE,
    ORGANISATION,
    FUNDING_ARRANGEMENT,
    DRAFT_FUNDING_VERSION,
    PUBLISHED_FUNDING_VERSION,
    DIRECTORY_SERVICE,
    /** A referral the sweep's school sent to the care worker's organisation (delivered). */
    REFERRAL,
    /**
     * A governing body (issue 11); named by the API's {@code /bodies/{id}} (the page lists all).
     */
    GOVERNING_BODY,
    /** A meeting of a governing body (issue 11), planned, with one agenda item. */
    MEETING
  }

  /** Who may open a page, as sets of regional roles; empty: every member of the region. */
  private static final class Access {
    static final Set<PortalRole> ANY_MEMBER = Set.of();

    /**
     * Who keeps directory entries: the coordinators, and care workers (each for their own
     * organisation; another organisation's entry sends them to its page).
     */
    static final Set<PortalRole> MAINTAINERS =
        EnumSet.of(PortalRole.PLATFORM_ADMIN, PortalRole.RMC_COORDINATOR, PortalRole.CARE_WORKER);

    static final Set<PortalRole> MANAGERS =
        EnumSet.of(PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN);

    /**
     * Referrals: the people who act for an organisation (school staff and care workers). Nobody
     * else sees a student's data, not a coordinator, not a platform administrator (issue 10).
     */
    static final Set<PortalRole> REFERRERS =
        EnumSet.of(PortalRole.SCHOOL_STAFF, PortalRole.CARE_WORKER);

    /**
     * The referral figures (aggregates, small counts suppressed): the coordinators and the
     * municipalities' policy officers, as for funding keys; never a student's data.
     */
    static final Set<PortalRole> FIGURES =
        EnumSet.of(
            PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN, PortalRole.POLICY_OFFICER);

    /** Funding keys: the coordinators and the municipalities' policy officers. */
    static final Set<PortalRole> FUNDING =
        EnumSet.of(
            PortalRole.RMC_COORDINATOR, PortalRole.PLATFORM_ADMIN, PortalRole.POLICY_OFFICER);
  }

  private final String id;
  private final String path;
  private final String view;
  private final Set<PortalRole> roles;
  private final RecordKind record;
  private final Pattern pattern;

  RegionPage(String id, String path, String view, Set<PortalRole> roles, RecordKind record) {
    if (path.contains("{id}") == (record == RecordKind.NONE)) {
      throw new IllegalArgumentException(path + ": a page with {id} names a record, and only it");
    }
    this.id = id;
    this.path = path;
    this.view = view;
    this.roles = Set.copyOf(roles);
    this.record = record;
    this.pattern =
        Pattern.compile(
            Pattern.quote(path).replace("{id}", "\\E(\\d{1,18})\\Q").replace("\\Q\\E", ""));
  }

  /** The row of the role matrix in docs/security.md: {@code page.<id>}. */
  public String id() {
    return "page." + id;
  }

  /** The path below {@code /r/{region}}, with {@code {id}} for a record page. */
  public String path() {
    return path;
  }

  /** The address template below the context root, e.g. {@code /r/{region}/organisations/{id}}. */
  public String template() {
    return "/r/{region}" + path;
  }

  public String view() {
    return view;
  }

  /**
   * Does the page show or change student data (the referral list, form and page), so that it opens
   * only after a second factor (issue 13)? The figures and the deliveries page show none.
   */
  public boolean studentData() {
    return this == REFERRALS || this == REFERRAL_NEW || this == REFERRAL;
  }

  /** The regional roles that may open the page; empty: every member of the region. */
  public Set<PortalRole> roles() {
    return roles;
  }

  public RecordKind record() {
    return record;
  }

  /** May a holder of {@code role} in the region open this page? */
  public boolean allows(PortalRole role) {
    return roles.isEmpty() || roles.contains(role);
  }

  /** The page a path below {@code /r/{region}} names, with the record id it carries. */
  static Optional<PageRoute> route(String below) {
    String p = below == null || below.isEmpty() ? "/" : below;
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    for (RegionPage page : values()) {
      Matcher m = page.pattern.matcher(p);
      if (m.matches()) {
        Long recordId = m.groupCount() > 0 ? Long.valueOf(m.group(1)) : null;
        return Optional.of(new PageRoute(page, recordId));
      }
    }
    return Optional.empty();
  }

  /** The first page without a record that a view renders: where a postback of it goes. */
  static Optional<RegionPage> ofView(String view) {
    for (RegionPage page : values()) {
      if (page.view.equals(view) && page.record == RecordKind.NONE) {
        return Optional.of(page);
      }
    }
    return Optional.empty();
  }
}
