package nl.regioportal.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: a browser with cookies, or an API caller with Basic auth. */
final class Http {

  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient client;
  private final String authorization;
  private final LoopbackCookies cookies = new LoopbackCookies();

  private Http(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Cookies as a browser keeps them for a loopback address: browsers treat http://localhost as a
   * secure context and send {@code Secure} cookies (Keycloak's sign-in cookies are), Java's
   * CookieManager does not; so the flag is dropped for loopback hosts only.
   */
  static final class LoopbackCookies extends CookieManager {
    @Override
    public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
      if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
        super.put(uri, headers);
        return;
      }
      Map<String, java.util.List<String>> relaxed = new LinkedHashMap<>();
      headers.forEach(
          (name, values) ->
              relaxed.put(
                  name,
                  name != null && name.toLowerCase(java.util.Locale.ROOT).startsWith("set-cookie")
                      ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                      : values));
      super.put(uri, relaxed);
    }
  }

  /** The value of a cookie this client holds, or {@code null}. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** A browser: cookies kept, redirects not followed (tests look at them). */
  static Http browser(URI base) {
    return new Http(base, null);
  }

  /** An API caller with HTTP Basic (development mode). */
  static Http api(URI base, String user, String password) {
    return new Http(
        base,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** An API caller with a bearer token. */
  static Http bearer(URI base, String token) {
    return new Http(base, "Bearer " + token);
  }

  static Http anonymous(URI base) {
    return new Http(base, null);
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** GET of an absolute address (another server, e.g. the identity provider). */
  HttpResponse<String> getUrl(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET());
  }

  /** POST of a URL-encoded form to an absolute address. */
  HttpResponse<String> postFormUrl(String url, Map<String, String> fields) {
    String body = formEncode(fields);
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GET with extra request headers (e.g. a stale session cookie, a Faces AJAX marker). */
  HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder b = request(path);
    headers.forEach(b::header);
    return send(b.GET());
  }

  HttpResponse<String> get(String path, String acceptLanguage) {
    return send(request(path).header("Accept-Language", acceptLanguage).GET());
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Posts JSON with an Accept-Language header. */
  HttpResponse<String> send(String path, String json, String acceptLanguage) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept-Language", acceptLanguage)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A FHIR resource put with extra headers (Idempotency-Key). */
  HttpResponse<String> put(String path, String fhirJson, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", "application/fhir+json")
            .PUT(HttpRequest.BodyPublishers.ofString(fhirJson));
    headers.forEach(b::header);
    return send(b);
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  /** A DELETE as the portal's API takes a state-changing call: declared JSON, no body. */
  HttpResponse<String> deleteJson(String path) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("DELETE", HttpRequest.BodyPublishers.noBody()));
  }

  /** Posts bytes (a ZIP, say) with their media type. */
  HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Posts bytes with their media type and extra headers (Content-Disposition, say). */
  HttpResponse<String> post(
      String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b);
  }

  /** A GET whose body is bytes (a file). */
  HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Posts a Faces form: the fields plus the view state of {@code page}. */
  HttpResponse<String> submit(String path, String page, Map<String, String> fields) {
    Map<String, String> all = formFields(page, fields);
    String body = formEncode(all);
    return post(path, "application/x-www-form-urlencoded", body);
  }

  /** Posts a Faces form as multipart/form-data with one file. */
  HttpResponse<String> submitMultipart(
      String path,
      String page,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String content) {
    String boundary = "----regioportal" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    Map<String, String> all = formFields(page, fields);
    all.forEach(
        (k, v) ->
            body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(k)
                .append("\"\r\n\r\n")
                .append(v)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\n")
        .append("Content-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n")
        .append(content)
        .append("\r\n")
        .append("--")
        .append(boundary)
        .append("--\r\n");
    return post(path, "multipart/form-data; boundary=" + boundary, body.toString());
  }

  /** Signs in on the sign-in page; returns the redirect response. */
  HttpResponse<String> signIn(String user, String password, String next) {
    String page =
        get("/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).body();
    return submit(
        "/login.xhtml",
        page,
        Map.of(
            "login", "login",
            "login:next", next,
            "login:username", user,
            "login:password", password,
            "login:submit", ""));
  }

  /**
   * The fields a browser sends with a Faces form: the given ones, the view state and, as
   * PrimeFaces' script adds it under its Content-Security-Policy, the page's nonce.
   */
  static Map<String, String> formFields(String page, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", viewState(page));
    Matcher nonce = CSP_NONCE.matcher(page);
    if (nonce.find()) {
      all.put("primefaces.nonce", nonce.group(1));
    }
    return all;
  }

  /** {@code application/x-www-form-urlencoded} of the fields, in their order. */
  static String formEncode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("The page has no Faces view state:\n" + page);
    }
    return m.group(1).replace("&#58;", ":");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return client.send(
          builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code /health/ready} once it is UP, or its last answer after a minute: an instance is ready
   * only when warmed, a second or two after the first request reached it (the warm-up).
   */
  static HttpResponse<String> awaitReady(URI root) {
    Http http = anonymous(root);
    HttpResponse<String> ready = http.get("/health/ready");
    for (int i = 0; i < 120 && ready.statusCode() != 200; i++) {
      if (!ready.body().contains("\"warmup\"")) {
        return ready; // not ready for another reason: no use waiting
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ready;
      }
      ready = http.get("/health/ready");
    }
    return ready;
  }
}
