package nl.regioportal.web.tenancy;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the region pages ({@code /r/{region}/...}) by forwarding to the view the {@link
 * TenantFilter} resolved (and checked) for the address. Being the servlet the request is mapped to,
 * it carries the multipart configuration, so forms with a file upload on region pages work like the
 * Faces servlet's own.
 */
@WebServlet(urlPatterns = "/r/*")
@MultipartConfig(maxFileSize = 20_971_520L, maxRequestSize = 21_000_000L)
public class RegionPageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object view = request.getAttribute(TenantFilter.ROUTE_VIEW);
    if (!(view instanceof String v)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher(v).forward(request, response);
  }
}
