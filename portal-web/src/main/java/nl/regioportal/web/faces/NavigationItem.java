package nl.regioportal.web.faces;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.regioportal.web.tenancy.RegionPage;

/**
 * The entries of the main menu and the pages each one stands for. An entry's landing page is the
 * page its link opens; the other pages of its section are reached from there (an organisation from
 * the list, a version from its arrangement). The menu marks the entry of the page being shown: the
 * landing page itself with {@code aria-current="page"}, a page within the section with {@code
 * aria-current="true"} (the menu says where you are, but the link does not open this page).
 *
 * <p>Every {@link RegionPage} belongs to exactly one entry (a unit test holds that), so a page
 * added to the route table has to be given its place in the menu.
 */
public enum NavigationItem {
  DASHBOARD(RegionPage.DASHBOARD),
  ORGANISATIONS(RegionPage.ORGANISATIONS, RegionPage.ORGANISATION, RegionPage.ORGANISATION_NEW),
  FUNDING(
      RegionPage.FUNDING,
      RegionPage.FUNDING_NEW,
      RegionPage.ARRANGEMENT,
      RegionPage.FUNDING_VERSION,
      RegionPage.FUNDING_EDIT,
      RegionPage.INDICATORS),
  DIRECTORY(
      RegionPage.DIRECTORY,
      RegionPage.DIRECTORY_SERVICE,
      RegionPage.DIRECTORY_STALE,
      RegionPage.DIRECTORY_IMPORT,
      RegionPage.DIRECTORY_TERMS,
      RegionPage.DIRECTORY_ORGANISATION,
      RegionPage.DIRECTORY_SERVICE_NEW,
      RegionPage.DIRECTORY_SERVICE_EDIT),
  REFERRALS(RegionPage.REFERRALS, RegionPage.REFERRAL_NEW, RegionPage.REFERRAL),
  REFERRAL_DELIVERIES(RegionPage.REFERRAL_DELIVERIES),
  REFERRAL_FIGURES(RegionPage.REFERRAL_FIGURES),
  INVITATIONS(RegionPage.INVITATIONS),
  BODIES(
      RegionPage.MEETINGS,
      RegionPage.MEETING,
      RegionPage.DECISIONS,
      RegionPage.GOVERNANCE_FIGURES,
      RegionPage.BODIES),
  REGIONS("/regions.xhtml"),
  REGIONS_ADMIN("/admin/regions.xhtml"),
  IMPORT("/admin/import.xhtml");

  /** The value of {@code aria-current} on the landing page's own link. */
  public static final String PAGE = "page";

  /** The value of {@code aria-current} on the entry of a page within its section. */
  public static final String SECTION = "true";

  private final RegionPage landing;
  private final Set<RegionPage> section;
  private final String view;

  NavigationItem(RegionPage landing, RegionPage... others) {
    this.landing = landing;
    this.section = EnumSet.of(landing, others);
    this.view = landing.view();
  }

  NavigationItem(String view) {
    this.landing = null;
    this.section = Set.of();
    this.view = view;
  }

  /** The region page the entry's link opens; empty for a page outside the regions. */
  public Optional<RegionPage> landing() {
    return Optional.ofNullable(landing);
  }

  /** The region pages the entry stands for, its landing page included. */
  public Set<RegionPage> section() {
    return section;
  }

  /**
   * The {@code aria-current} value of this entry while {@code viewId} is shown: {@link #PAGE} on
   * the landing page, {@link #SECTION} on another page of the section, {@code null} (no attribute)
   * elsewhere.
   */
  public String ariaCurrent(String viewId) {
    if (viewId == null) {
      return null;
    }
    if (viewId.equals(view)) {
      return PAGE;
    }
    return section.stream().anyMatch(p -> p.view().equals(viewId)) ? SECTION : null;
  }

  /** The entry a view belongs to, if any (the error page and the sign-in page have none). */
  public static Optional<NavigationItem> of(String viewId) {
    return Stream.of(values()).filter(i -> i.ariaCurrent(viewId) != null).findFirst();
  }

  /** The entries, in menu order. */
  public static List<NavigationItem> all() {
    return List.of(values());
  }
}
