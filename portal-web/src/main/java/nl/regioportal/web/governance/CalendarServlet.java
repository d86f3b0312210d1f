package nl.regioportal.web.governance;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regioportal.governance.application.CalendarFeeds;
import nl.regioportal.shared.NotFoundException;
import nl.regioportal.tenant.TenantContext;
import nl.regioportal.web.security.PublicAddress;

/**
 * A person's calendar feed of the region's meetings: {@code GET /calendar/{region}/{token}.ics},
 * {@code text/calendar}, fetched by calendar programs without a session (the token in the address
 * is the key; {@code TenantFilter} enters the region from the URL). An unknown token answers 404, a
 * revoked one 410 Gone, each with a short text a person reading it in a calendar program's error
 * understands; the token never reaches the log.
 */
@WebServlet(name = "CalendarFeed", urlPatterns = CalendarServlet.PREFIX + "*")
public class CalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CalendarServlet.class.getName());

  public static final String PREFIX = "/calendar/";

  private static final Pattern PATH =
      Pattern.compile("/calendar/(\\d{2})/([A-Za-z0-9_-]{1,64})\\.ics");

  @Inject transient CalendarFeeds feeds;
  @Inject transient TenantContext tenant;
  @Inject transient PublicAddress publicAddress;

  /** The feed's address for a token: {@code {portal}/calendar/{region}/{token}.ics}. */
  public static String address(String base, String region, String token) {
    return base + PREFIX + region + "/" + token + ".ics";
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      text(response, 405, "Calendar feeds are read with GET.");
      return;
    }
    Matcher m = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!m.matches()) {
      text(response, 404, notFound());
      return;
    }
    String base = publicAddress.base(request);
    String region = tenant.require().value();
    try {
      String ics =
          feeds.read(m.group(2), id -> URI.create(base + "/r/" + region + "/meetings/" + id));
      byte[] body = ics.getBytes(StandardCharsets.UTF_8);
      response.setStatus(200);
      response.setContentType("text/calendar; charset=UTF-8");
      response.setHeader("Content-Disposition", "inline; filename=\"overleg-" + region + ".ics\"");
      response.setHeader("Cache-Control", "private, max-age=300");
      response.setContentLength(body.length);
      if ("GET".equals(request.getMethod())) {
        response.getOutputStream().write(body);
      }
    } catch (NotFoundException e) {
      text(response, 404, notFound());
    } catch (CalendarFeeds.Revoked e) {
      text(
          response,
          410,
          "Deze agendakoppeling is ingetrokken. Maak in het portaal een nieuwe aan (Overleg >"
              + " Vergaderingen > Agenda in uw eigen agenda).\n"
              + "This calendar link was revoked. Make a new one in the portal (Governance >"
              + " Meetings > Meetings in your own calendar).\n");
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Calendar feed of region " + region + " failed (" + id + ")", e);
      text(response, 500, "The calendar feed could not be made (error " + id + ").");
    }
  }

  private static String notFound() {
    return "Deze agendakoppeling bestaat niet. Kopieer het adres opnieuw uit het portaal.\n"
        + "There is no such calendar link. Copy the address from the portal again.\n";
  }

  private static void text(HttpServletResponse response, int status, String text)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
  }
}
