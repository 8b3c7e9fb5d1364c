package org.scopeplus.server.it;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.scopeplus.server.exchange.PactHttps;
import tools.jackson.databind.JsonNode;

/**
 * A PACT client of a running service over HTTPS, trusting exactly the service's self-signed
 * certificate (its key store, as a data recipient would pin it), with or without an access token.
 */
final class PactCaller {

  /** A response: status, headers we look at, body. */
  record Reply(int status, String contentType, String link, String wwwAuthenticate, String text) {
    JsonNode json() {
      return ApiClient.JSON.readTree(text);
    }
  }

  private final HttpClient http;
  final String base;
  private final String token;

  private PactCaller(HttpClient http, String base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  static PactCaller of(PactHttps https) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(https.tls().path())) {
        ks.load(in, https.tls().password().toCharArray());
      }
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      trust.setCertificateEntry("pact", ks.getCertificate(ks.aliases().nextElement()));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, tmf.getTrustManagers(), null);
      return new PactCaller(
          HttpClient.newBuilder().sslContext(ssl).build(),
          "https://localhost:" + https.port(),
          null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  PactCaller withToken(String accessToken) {
    return new PactCaller(http, base, accessToken);
  }

  /** Gets an access token with these client credentials and returns a caller that uses it. */
  PactCaller authenticated(String clientId, String secret) {
    Reply r = token(basic(clientId, secret), "grant_type=client_credentials");
    if (r.status() != 200) {
      throw new IllegalStateException(r.text());
    }
    return withToken(r.json().get("access_token").asString());
  }

  static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  Reply token(String authorization, String form) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/auth/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b);
  }

  Reply get(String pathOrUrl) {
    return send(request(pathOrUrl).GET());
  }

  Reply postEvent(String contentType, String body) {
    return send(
        request("/3/events")
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String pathOrUrl) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
            URI.create(pathOrUrl.startsWith("https:") ? pathOrUrl : base + pathOrUrl));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          r.statusCode(),
          r.headers().firstValue("content-type").orElse(""),
          r.headers().firstValue("link").orElse(null),
          r.headers().firstValue("www-authenticate").orElse(null),
          r.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
