package nl.regioportal.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells {@link Warmup} the address a request came in on, for when Payara's own idea of its port is
 * not this instance (a port bound automatically): the first request, usually a readiness probe,
 * starts the warm-up there. Costs one volatile read per request afterwards.
 */
@WebFilter(
    filterName = "WarmupTrigger",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class WarmupTrigger extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject Warmup warmup;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    warmup.seen(request);
    chain.doFilter(request, response);
  }
}
