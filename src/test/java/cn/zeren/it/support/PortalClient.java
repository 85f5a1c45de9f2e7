package cn.zeren.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP to the deployed portal (java.net.http): pages with a session cookie, and the JSON API. */
public final class PortalClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;

  public PortalClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public URI uri(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sends a request whose answer is binary (a ZIP, a PDF). */
  public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Signs in through the sign-in form as a browser would; returns the page the portal shows next. */
  public HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> form = get("login.xhtml");
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new AssertionError("the sign-in page has no view state:\n" + form.body());
    }
    String body =
        "loginForm=loginForm"
            + "&" + field("loginForm:username", username)
            + "&" + field("loginForm:password", password)
            + "&loginForm%3Asubmit="
            + "&" + field("jakarta.faces.ViewState", viewState.group(1));
    return send(
        request("login.xhtml")
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** The Faces view state of a page (the hidden field of its forms), for posting a form by hand. */
  public static String viewState(HttpResponse<String> page) {
    Matcher viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new AssertionError("the page has no view state:\n" + page.body());
    }
    return viewState.group(1);
  }

  /** Posts a form of a page, as a browser would, fields URL-encoded in UTF-8. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(f -> field(f.getKey(), f.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(path).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A bearer token for a demo account (README's password), as {@code POST api/v1/tokens} issues it. */
  public String token(String username) {
    return token(username, TestDatabase.DEMO_PASSWORD);
  }

  /** A bearer token for any account; an answer other than 201 fails the test. */
  public String token(String username, String password) {
    String body = Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    HttpResponse<String> issued =
        send(request("api/v1/tokens").header("Content-Type", "application/json")
            .header("Accept", "application/json").POST(body(body)).build());
    if (issued.statusCode() != 201) {
      throw new AssertionError("no token for " + username + " (HTTP " + issued.statusCode() + "): " + issued.body());
    }
    return json(issued).getString("token");
  }

  /** A request to the API with the bearer token, accepting JSON. */
  public HttpRequest.Builder withToken(String path, String token) {
    return request(path).header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }

  /** A request to the API with the bearer token that sends JSON. */
  public HttpRequest.Builder jsonRequest(String path, String token) {
    return withToken(path, token).header("Content-Type", "application/json");
  }

  /** A JSON (or other text) body in UTF-8. */
  public static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }

  private static String field(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("not a JSON object (HTTP " + response.statusCode() + "): " + response.body(), e);
    }
  }

  public static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
