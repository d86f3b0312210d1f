package nl.regioportal.web.it.pages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.WebDriver;

/**
 * The portal as the browser tests reach it: where it runs, the demo region they work in, and the
 * addresses of its pages. Every way into a page returns that page's object.
 */
public final class Portal {

  /** The demo region Rijnmond. */
  public static final String REGION = "29";

  private final WebDriver driver;
  private final String base;

  public Portal(WebDriver driver, URI base) {
    this.driver = driver;
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }

  public WebDriver driver() {
    return driver;
  }

  /** The address of a path below the context root. */
  public String address(String path) {
    return base + path;
  }

  /** A region page's path: {@code below} under {@code /r/29}. */
  public static String region(String below) {
    return "/r/" + REGION + below;
  }

  /** Signs out (a fresh session) and opens the sign-in page; after it, the portal opens next. */
  public SignInPage signInPage(String next) {
    driver.manage().deleteAllCookies();
    driver.get(address("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    return new SignInPage(driver);
  }

  /** Signs in as a demo user (password {@code demo}) and lands on the region's dashboard. */
  public DashboardPage signInAs(String user) {
    signInPage(region("/")).signInAs(user);
    return new DashboardPage(driver);
  }

  /** Opens any page; the caller makes its page object (or reads what every page has). */
  public AnyPage open(String path) {
    driver.get(address(path));
    return new AnyPage(driver);
  }

  public DashboardPage dashboard() {
    driver.get(address(region("/")));
    return new DashboardPage(driver);
  }

  public MeetingsPage meetings() {
    driver.get(address(region("/meetings")));
    return new MeetingsPage(driver);
  }

  public MeetingPage meeting(long id) {
    driver.get(address(region("/meetings/" + id)));
    return new MeetingPage(driver);
  }

  public BodiesPage bodies() {
    driver.get(address(region("/bodies")));
    return new BodiesPage(driver);
  }

  public OrganisationsPage organisations() {
    driver.get(address(region("/organisations")));
    return new OrganisationsPage(driver);
  }

  public OrganisationPage organisation(long id) {
    driver.get(address(region("/organisations/" + id)));
    return new OrganisationPage(driver);
  }

  public FundingPage funding() {
    driver.get(address(region("/funding")));
    return new FundingPage(driver);
  }

  public ArrangementPage arrangement(long id) {
    driver.get(address(region("/funding/" + id)));
    return new ArrangementPage(driver);
  }

  public VersionPage version(long id) {
    driver.get(address(region("/funding/versions/" + id)));
    return new VersionPage(driver);
  }

  public EditorPage newArrangement() {
    driver.get(address(region("/funding/new")));
    return new EditorPage(driver);
  }

  public DirectoryPage directory() {
    driver.get(address(region("/directory")));
    return new DirectoryPage(driver);
  }

  public EditorPage editor(long versionId) {
    driver.get(address(region("/funding/versions/" + versionId + "/edit")));
    return new EditorPage(driver);
  }

  public ReferralListPage referrals(String side) {
    driver.get(address(region("/referrals?side=" + side)));
    return new ReferralListPage(driver);
  }

  public ReferralFormPage newReferral() {
    driver.get(address(region("/referrals/new")));
    return new ReferralFormPage(driver);
  }

  public ReferralPage referral(long id) {
    driver.get(address(region("/referrals/" + id)));
    return new ReferralPage(driver);
  }
}
