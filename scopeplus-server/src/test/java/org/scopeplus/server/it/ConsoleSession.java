package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console session without a browser: signs in through the login form and posts forms the way a
 * page does (or a forger does), so a test can post a console form as a role the page hides it from.
 */
final class ConsoleSession {

  private ConsoleSession() {}

  /** An HTTP client signed in to the console at {@code port} as {@code login}. */
  static HttpClient signedIn(int port, String login) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    String token =
        csrf(http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> in =
        http.send(
            form(
                port,
                "/login",
                Map.of("username", login, "password", TenantFixture.PASSWORD, "_csrf", token)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(in.statusCode()).isEqualTo(302);
    return http;
  }

  static HttpRequest get(int port, String path) {
    return HttpRequest.newBuilder(uri(port, path)).header("Accept", "text/html").build();
  }

  static HttpRequest form(int port, String path, Map<String, String> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append('&');
          }
          b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return HttpRequest.newBuilder(uri(port, path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
        .build();
  }

  /** The CSRF token a console page carries in its forms. */
  static String csrf(String html) throws IOException {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IOException("no CSRF token in the page");
    }
    return m.group(1);
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
