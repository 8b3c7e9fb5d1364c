package org.scopeplus.server.exchange;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.scopeplus.store.exchange.Partner;

/**
 * Calls a partner's PACT host system as its client: discovers the token endpoint ({@code
 * /.well-known/openid-configuration}, else {@code /auth/token}), gets an access token with the
 * client credentials the partner issued (kept until a minute before it expires), lists footprints
 * following the {@code Link rel="next"} pages, gets one footprint, posts an event. HTTPS only; a
 * partner with a pinned certificate (a self-signed one) is trusted by that certificate's SHA-256
 * alone, any other by the JDK's certificate authorities.
 */
final class PartnerCalls {

  /** A call that failed, with a sentence saying why. */
  static final class CallFailed extends Exception {
    CallFailed(String message) {
      super(message, null, false, false);
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int MAX_PAGES = 1000;
  private static final long MAX_BODY = 64L * 1024 * 1024;
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  private record Token(String value, Instant until) {}

  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  /** The footprint trees a list call answers, across its pages. */
  List<Object> list(Partner p, String query) throws CallFailed {
    List<Object> out = new ArrayList<>();
    String url = p.baseUrl() + "/3/footprints" + (query.isEmpty() ? "" : "?" + query);
    String host = URI.create(p.baseUrl()).getHost();
    for (int page = 0; url != null; page++) {
      if (page == MAX_PAGES) {
        throw new CallFailed("more than " + MAX_PAGES + " pages; narrow the request");
      }
      HttpResponse<byte[]> r =
          send(p, authorised(p, HttpRequest.newBuilder(URI.create(url))).GET());
      if (r.statusCode() != 200) {
        throw new CallFailed("ListFootprints answered " + r.statusCode() + ": " + text(r));
      }
      Object body = PactJson.parseOrNull(new String(r.body(), StandardCharsets.UTF_8));
      if (!(body instanceof Map<?, ?> m) || !(m.get("data") instanceof List<?> data)) {
        throw new CallFailed("ListFootprints answered no {\"data\": [...]} object");
      }
      out.addAll(data);
      url = null;
      for (String link : r.headers().allValues("link")) {
        Matcher n = NEXT.matcher(link);
        if (n.find()) {
          URI next = URI.create(n.group(1));
          if (!"https".equals(next.getScheme()) || !host.equalsIgnoreCase(next.getHost())) {
            throw new CallFailed("the next-page link leaves the partner's host: " + next);
          }
          url = next.toString();
        }
      }
    }
    return out;
  }

  /** The footprint with this id. */
  Object get(Partner p, String id) throws CallFailed {
    String url = p.baseUrl() + "/3/footprints/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    HttpResponse<byte[]> r = send(p, authorised(p, HttpRequest.newBuilder(URI.create(url))).GET());
    if (r.statusCode() != 200) {
      throw new CallFailed("GetFootprint " + id + " answered " + r.statusCode() + ": " + text(r));
    }
    Object body = PactJson.parseOrNull(new String(r.body(), StandardCharsets.UTF_8));
    if (!(body instanceof Map<?, ?> m) || !(m.get("data") instanceof Map<?, ?> pf)) {
      throw new CallFailed("GetFootprint answered no {\"data\": {...}} object");
    }
    return pf;
  }

  /** Posts an event; returns normally when the partner answered 2xx. */
  void post(Partner p, String event) throws CallFailed {
    HttpRequest.Builder b =
        authorised(p, HttpRequest.newBuilder(URI.create(p.baseUrl() + "/3/events")))
            .header("Content-Type", "application/cloudevents+json; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8));
    HttpResponse<byte[]> r = send(p, b);
    if (r.statusCode() == 401) {
      tokens.remove(p.id());
    }
    if (r.statusCode() / 100 != 2) {
      throw new CallFailed("the partner answered " + r.statusCode() + ": " + text(r));
    }
  }

  private HttpRequest.Builder authorised(Partner p, HttpRequest.Builder b) throws CallFailed {
    return b.timeout(TIMEOUT).header("Authorization", "Bearer " + token(p));
  }

  private String token(Partner p) throws CallFailed {
    Token t = tokens.get(p.id());
    if (t != null && Instant.now().isBefore(t.until())) {
      return t.value();
    }
    String endpoint = p.authBaseUrl() + "/auth/token";
    try {
      HttpResponse<byte[]> d =
          send(
              p,
              HttpRequest.newBuilder(
                      URI.create(p.authBaseUrl() + "/.well-known/openid-configuration"))
                  .timeout(TIMEOUT)
                  .GET());
      if (d.statusCode() == 200
          && PactJson.parseOrNull(new String(d.body(), StandardCharsets.UTF_8))
              instanceof Map<?, ?> doc
          && doc.get("token_endpoint") instanceof String e
          && e.startsWith("https://")) {
        endpoint = e;
      }
    } catch (CallFailed e) {
      // no discovery document: the specification's default endpoint applies
    }
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (p.clientId() + ":" + p.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> r =
        send(
            p,
            HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    if (r.statusCode() != 200) {
      throw new CallFailed("the partner refused our client credentials (" + r.statusCode() + ")");
    }
    Object body = PactJson.parseOrNull(new String(r.body(), StandardCharsets.UTF_8));
    if (!(body instanceof Map<?, ?> m) || !(m.get("access_token") instanceof String value)) {
      throw new CallFailed("the partner's token endpoint answered no access_token");
    }
    long seconds = m.get("expires_in") instanceof Number n ? n.longValue() : 300;
    tokens.put(p.id(), new Token(value, Instant.now().plusSeconds(Math.max(0, seconds - 60))));
    return value;
  }

  private static HttpResponse<byte[]> send(Partner p, HttpRequest.Builder request)
      throws CallFailed {
    HttpRequest built = request.build();
    if (!"https".equals(built.uri().getScheme())) {
      throw new CallFailed("PACT calls go over HTTPS only, not " + built.uri());
    }
    try {
      HttpResponse<byte[]> r = client(p).send(built, HttpResponse.BodyHandlers.ofByteArray());
      if (r.body() != null && r.body().length > MAX_BODY) {
        throw new CallFailed("the partner's answer is larger than 64 MB");
      }
      return r;
    } catch (IOException e) {
      throw new CallFailed("cannot reach " + built.uri() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailed("interrupted while calling " + built.uri());
    }
  }

  private static HttpClient client(Partner p) throws CallFailed {
    HttpClient.Builder b =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
    if (!p.certificateSha256().isEmpty()) {
      try {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new Pinned(p.certificateSha256())}, null);
        b.sslContext(ssl);
      } catch (GeneralSecurityException e) {
        throw new CallFailed("cannot set up TLS: " + e.getMessage());
      }
    }
    return b.build();
  }

  private static String text(HttpResponse<byte[]> r) {
    String s = r.body() == null ? "" : new String(r.body(), StandardCharsets.UTF_8);
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /** Trusts exactly one certificate, by its SHA-256. */
  private static final class Pinned extends X509ExtendedTrustManager {
    private final String sha256;

    Pinned(String sha256) {
      this.sha256 = sha256;
    }

    private void check(X509Certificate[] chain) throws CertificateException {
      try {
        if (chain == null || chain.length == 0 || !PactTls.sha256(chain[0]).equals(sha256)) {
          throw new CertificateException(
              "the partner's certificate is not the one registered (SHA-256 " + sha256 + ")");
        }
      } catch (GeneralSecurityException e) {
        throw new CertificateException(e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("not a server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
