package nl.regioportal.integration.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regioportal.directory.application.DirectorySearch;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every {@code {{portal.directory.follow-ms}}} (2 s by default) this instance applies the changes
 * other instances made to the directory since its last look (the index feed, ADR 0017). Changes
 * made on this instance are applied at once after their commit; this covers the others.
 */
@ApplicationScoped
public class DirectoryIndexRoutes extends RouteBuilder {

  @Inject DirectorySearch search;

  @Override
  public void configure() {
    from("timer:directory-index?delay={{portal.directory.follow-delay-ms:5000}}"
            + "&period={{portal.directory.follow-ms:2000}}")
        .routeId("directory-index-follow")
        .process(exchange -> exchange.getIn().setBody(search.follow()))
        .id("directory-index-follow-feed")
        .filter(body().isGreaterThan(0))
        .log("Directory index: ${body} change(s) applied")
        .id("directory-index-log");
  }
}
