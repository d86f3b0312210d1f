package nl.regioportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path of a request inside the portal, normalised the way the container maps it to a servlet:
 * path parameters ({@code ;jsessionid=...}) dropped, percent-encoding decoded, empty segments
 * ({@code //}) and dot segments ({@code /./}, {@code /../}) resolved. Every decision about the path
 * ({@code /api/} or a page, which region, which security headers) uses this, never {@code
 * getRequestURI()} itself: otherwise {@code /api;x=y/v1/...}, {@code //api/v1/...} or {@code
 * /x/../api/v1/...} reach the API while the portal judges them as pages.
 */
public final class RequestPaths {

  /** The prefix of the REST API. */
  public static final String API = "/api/";

  private RequestPaths() {}

  /** The request's normalised path below the context path, e.g. {@code /api/v1/me}. */
  public static String of(HttpServletRequest request) {
    String path = normalise(request.getRequestURI());
    String context = normalise(request.getContextPath());
    if (!context.equals("/") && (path.equals(context) || path.startsWith(context + "/"))) {
      path = path.substring(context.length());
    }
    return path.isEmpty() ? "/" : path;
  }

  /** Whether the request is for the REST API. */
  public static boolean isApi(HttpServletRequest request) {
    return of(request).startsWith(API);
  }

  /**
   * {@code raw} (a request URI without query) normalised: always starts with {@code /}; keeps a
   * trailing slash; {@code ..} never climbs above the root.
   */
  public static String normalise(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "/";
    }
    StringBuilder withoutParameters = new StringBuilder(raw.length());
    for (String segment : raw.split("/", -1)) {
      int semicolon = segment.indexOf(';');
      withoutParameters
          .append(semicolon < 0 ? segment : segment.substring(0, semicolon))
          .append('/');
    }
    String decoded = decode(withoutParameters.substring(0, withoutParameters.length() - 1));
    Deque<String> kept = new ArrayDeque<>();
    String[] segments = decoded.split("/", -1);
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.isEmpty() || s.equals(".")) {
        trailingSlash = last && i > 0;
      } else if (s.equals("..")) {
        kept.pollLast();
        trailingSlash = last;
      } else {
        kept.addLast(s);
        trailingSlash = false;
      }
    }
    String path = "/" + String.join("/", kept);
    return trailingSlash && !kept.isEmpty() ? path + "/" : path;
  }

  /** Percent-decoding as UTF-8; a malformed escape is kept as it is (the container refuses it). */
  private static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%'
          && i + 2 < s.length()
          && hex(s.charAt(i + 1)) >= 0
          && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
