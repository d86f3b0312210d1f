package nl.regioportal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import nl.regioportal.web.api.Problem;
import nl.regioportal.web.i18n.Texts;
import nl.regioportal.web.tenancy.TenantFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one cap on request bodies, for pages and the API alike: JSON bodies up to {@code
 * portal.request.max-json-bytes} (default 1 MiB), every other body (forms, file uploads, CSV
 * imports) up to {@code portal.request.max-bytes} (default 10 MiB). A body over its cap is refused
 * before it is read: 413, a problem detail on the API and the error page on pages. A body of
 * unknown length (chunked) is read up to the cap and then handed on from memory; a chunked form or
 * upload, which the container parses itself, must say its length (411).
 *
 * <p>Declared in web.xml so that it runs before every other filter (the tenant filter reads form
 * fields).
 */
public class RequestLimitsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RequestLimitsFilter.class.getName());

  @Inject
  @ConfigProperty(name = "portal.request.max-bytes", defaultValue = "10485760")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "portal.request.max-json-bytes", defaultValue = "1048576")
  long maxJsonBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    long limit = isJson(type) ? Math.min(maxJsonBytes, maxBytes) : maxBytes;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response, limit, declared);
      return;
    }
    if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
      if (isParsedByTheContainer(type)) {
        errorPage(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
        return;
      }
      byte[] body = readAtMost(request.getInputStream(), limit);
      if (body == null) {
        refuse(request, response, limit, -1);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /** JSON, whose cap is the smaller one: {@code application/json}, {@code ...+json}. */
  static boolean isJson(String contentType) {
    String t = mediaType(contentType);
    return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
  }

  private static boolean isParsedByTheContainer(String contentType) {
    String t = mediaType(contentType);
    return t.equals("application/x-www-form-urlencoded") || t.startsWith("multipart/");
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The whole body, or null when it is longer than {@code limit}. */
  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return body.length > limit ? null : body;
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, long limit, long declared)
      throws IOException, ServletException {
    LOG.warning(
        () ->
            "Refused: a body of "
                + (declared < 0 ? "more than " + limit : declared)
                + " bytes for "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " from "
                + request.getRemoteAddr()
                + " (at most "
                + limit
                + ")");
    // the unread body is not worth keeping the connection for
    response.setHeader("Connection", "close");
    if (RequestPaths.isApi(request)) {
      // no Accept-Language: Dutch, as in the API's other problems (not the server's locale)
      Locale locale =
          request.getHeader("Accept-Language") == null
              ? Texts.DUTCH
              : Texts.preferred(Collections.list(request.getLocales()));
      Problem.of(
              "request-too-large",
              HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
              Texts.text(locale, "problem.tooLarge.title"),
              Texts.text(locale, "problem.tooLarge.detail", limit))
          .with("maxBytes", jakarta.json.Json.createValue(limit))
          .instance(request.getRequestURI())
          .write(response);
      return;
    }
    errorPage(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
  }

  /**
   * The error page, rendered for a request without its body: the container's own error dispatch
   * (sendError) would let Faces parse the unread form and fail on its size.
   */
  private static void errorPage(
      HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException, ServletException {
    response.setStatus(status);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(TenantFilter.ERROR_KEY, "error.tooLarge");
    request.getRequestDispatcher("/error.xhtml").forward(new WithoutBody(request), response);
  }

  /** A GET of the same address, without a body or parameters. */
  private static final class WithoutBody extends HttpServletRequestWrapper {
    WithoutBody(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new Bytes(new byte[0]);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }

  /** A request whose body was read into memory, handed on as if it had not been read. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new Bytes(body);
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  /** A body held in memory as a servlet stream. */
  private static final class Bytes extends ServletInputStream {
    private final ByteArrayInputStream in;

    Bytes(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, len);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("The body was already read into memory.");
    }
  }
}
