package nl.regioportal.web.governance;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.governance.application.GovernanceOpenData;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.security.PublicAddress;

/**
 * The governance's open data: {@code GET /api/open/{region}/meetings} (the public meetings with
 * their agenda, decisions and non-confidential documents, JSON in the style of Open
 * Raadsinformatie), {@code GET /api/open/{region}/meetings/{id}} (one of them, its {@code @id}) and
 * {@code GET /api/open/{region}/documents/{id}} (such a document's bytes). Readable without signing
 * in (web.xml leaves {@code /api/open/*} open; {@code TenantFilter} enters the region from the
 * URL). A servlet, as the HSDS open data is: the JAX-RS application lives at {@code /api/v1}.
 */
@WebServlet(name = "GovernanceOpenData", urlPatterns = "/api/open/*")
public class GovernanceOpenDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(GovernanceOpenDataServlet.class.getName());

  private static final Pattern MEETINGS = Pattern.compile("/api/open/(\\d{2})/meetings");
  private static final Pattern MEETING = Pattern.compile("/api/open/(\\d{2})/meetings/(\\d{1,18})");
  private static final Pattern DOCUMENT =
      Pattern.compile("/api/open/(\\d{2})/documents/(\\d{1,18})");

  @Inject transient GovernanceOpenData openData;
  @Inject transient TenantContext tenant;
  @Inject transient PublicAddress publicAddress;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    try {
      if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
        response.setHeader("Allow", "GET, HEAD");
        Problem.of("method-not-allowed", 405, "Method not allowed", "Open data is read with GET.")
            .instance(path)
            .write(response);
        return;
      }
      String base = publicAddress.base(request) + "/api/open/" + tenant.require().value();
      Matcher m = MEETINGS.matcher(path);
      if (m.matches()) {
        json(openData.meetings(base), response);
        return;
      }
      Matcher one = MEETING.matcher(path);
      if (one.matches()) {
        String id = base + "/meetings/" + one.group(2);
        var meeting =
            openData.meetings(base).getJsonArray("meetings").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(o -> o.getString("@id").equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("meeting", one.group(2)));
        json(meeting, response);
        return;
      }
      Matcher d = DOCUMENT.matcher(path);
      if (d.matches()) {
        var doc = openData.document(Long.parseLong(d.group(2)));
        response.setContentType(doc.mediaType());
        response.setHeader(
            "Content-Disposition",
            nl.regioportal.web.referral.ReferralResource.contentDisposition(doc.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(doc.content().length);
        response.getOutputStream().write(doc.content());
        return;
      }
      notFound(path, response);
    } catch (NotFoundException e) {
      notFound(path, response);
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Governance open data failed (" + id + ")", e);
      Problem.of("server-error", 500, "Server error", "Something went wrong (" + id + ").")
          .instance(path)
          .write(response);
    }
  }

  /** Public JSON, cacheable for five minutes. */
  private static void json(jakarta.json.JsonValue value, HttpServletResponse response)
      throws IOException {
    byte[] body = value.toString().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void notFound(String path, HttpServletResponse response) throws IOException {
    Problem.of(
            "not-found",
            404,
            "Not found",
            String.format(Locale.ROOT, "There is no public meeting data at %s.", path))
        .instance(path)
        .write(response);
  }
}
