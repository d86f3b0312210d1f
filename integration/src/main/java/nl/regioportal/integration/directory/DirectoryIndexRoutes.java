package nl.regioportal.integration.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
  @Inject nl.regioportal.directory.application.IndexFeed feed;

  /** How long a feed entry is kept (ISO 8601; every instance reads it within seconds). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "portal.directory.feed-keep",
      defaultValue = "P1D")
  String feedKeep;

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
    // old feed entries are read by every instance long before they go (ADR 0017)
    from("timer:directory-index-prune?delay={{portal.directory.prune-delay-ms:60000}}"
            + "&period={{portal.directory.prune-ms:3600000}}")
        .routeId("directory-index-prune")
        .process(exchange -> exchange.getIn().setBody(feed.prune(Duration.parse(feedKeep))))
        .id("directory-index-prune-feed")
        .filter(body().isGreaterThan(0))
        .log("Directory index feed: ${body} old entr(y/ies) removed")
        .id("directory-index-prune-log");
  }
}
