package nl.regioportal.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.regioportal.tenant.CurrentCaller;

/**
 * {@code /}: signed in with one region, to its dashboard; with several (or as platform admin), to
 * the region chooser; not signed in, to the sign-in page.
 */
@WebServlet(urlPatterns = "")
public class HomeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject CurrentCaller caller;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = request.getContextPath();
    if (!caller.isSignedIn()) {
      response.sendRedirect(base + "/login.xhtml");
    } else if (!caller.isPlatformAdmin() && caller.memberRegions().size() == 1) {
      response.sendRedirect(base + "/r/" + caller.memberRegions().iterator().next() + "/");
    } else {
      response.sendRedirect(base + "/regions.xhtml");
    }
  }
}
