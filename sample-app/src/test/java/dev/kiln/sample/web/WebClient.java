package dev.kiln.sample.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A plain HTTP client for the web app, as a browser without JavaScript: it keeps cookies, and fills
 * in a form's CSRF field from the token cookie the app handed out. Thread-safe; one per simulated user.
 */
final class WebClient {
  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  WebClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** POSTs the fields (name, value, name, value...) with this client's CSRF token added. */
  HttpResponse<String> post(String path, String... fields) {
    if (token() == null) {
      get("/computers/new"); // any page hands out the token
    }
    StringJoiner form = new StringJoiner("&");
    form.add("_csrf=" + token());
    for (int i = 0; i < fields.length; i += 2) {
      form.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
    }
    return postRaw(path, form.toString());
  }

  /** POSTs a form body exactly as given: no token added. */
  HttpResponse<String> postRaw(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private String token() {
    for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      if (cookie.getName().equals("kiln_csrf")) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
