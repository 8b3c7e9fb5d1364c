package org.scopeplus.bench.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few calls of the REST API (docs/api.md) over HTTP/1.1 to the loopback address only: the host is
 * fixed to 127.0.0.1 and only the port is configurable.
 */
final class Api {

  private static final Pattern FIELD = Pattern.compile("\"(id|secret)\"\\s*:\\s*\"([^\"]+)\"");

  final HttpClient http;
  private final String base;

  Api(HttpClient http, int port) {
    this.http = http;
    this.base = "http://127.0.0.1:" + port;
  }

  static HttpClient client(int threads) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30))
        .executor(java.util.concurrent.Executors.newFixedThreadPool(threads))
        .build();
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String path, String authorization) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", authorization);
  }

  HttpRequest get(String path, String authorization) {
    return request(path, authorization).GET().build();
  }

  HttpRequest postJson(String path, String authorization, String json) {
    return request(path, authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  /** A multipart upload of one file as field {@code file}. */
  HttpRequest upload(String path, String authorization, String fileName, List<byte[]> parts) {
    String boundary = "scopeplus-" + UUID.randomUUID();
    List<byte[]> body = new ArrayList<>();
    body.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.addAll(parts);
    body.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return request(path, authorization)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(body))
        .build();
  }

  HttpRequest uploadFile(String path, String authorization, Path file) throws IOException {
    String boundary = "scopeplus-" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return request(path, authorization)
        .timeout(Duration.ofMinutes(15))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(
            HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofByteArray(tail)))
        .build();
  }

  /** Sends a set-up call that must succeed, and gives its body. */
  String must(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          request.method()
              + " "
              + request.uri().getPath()
              + ": "
              + r.statusCode()
              + " "
              + r.body());
    }
    return r.body();
  }

  /** The first {@code "id"} or {@code "secret"} string field of a JSON body. */
  static String field(String json, String name) {
    Matcher m = FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("no " + name + " in " + json);
  }
}
