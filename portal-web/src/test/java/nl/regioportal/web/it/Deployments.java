package nl.regioportal.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment every integration test uses: the real WAR the build produced. */
final class Deployments {
  private Deployments() {}

  static WebArchive portal() {
    File war = new File(System.getProperty("portal.war", "target/portal-web.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
