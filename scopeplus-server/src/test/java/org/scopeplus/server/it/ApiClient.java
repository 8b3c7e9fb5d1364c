package org.scopeplus.server.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running service, as one caller. */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A response: status, content type and body (JSON when there is one). */
  record Reply(int status, String contentType, JsonNode json, String text) {
    String str(String field) {
      return json.get(field).asString();
    }
  }

  private final String base;
  private final String authorization;

  /** The Authorization header this client sends. */
  String authorization() {
    return authorization;
  }

  ApiClient(int port, String authorization) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
  }

  ApiClient as(String newAuthorization) {
    return new ApiClient(
        Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), newAuthorization);
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** GETs in a reader's language, sent as {@code Accept-Language} (e.g. {@code zh-CN}). */
  Reply get(String path, String language) {
    return send(request(path).header("Accept-Language", language).GET());
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply post(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /**
   * GETs a background job (an audit check, a nightly batch run) at {@code location} until its state
   * is no longer {@code running}, or a minute has passed; returns its last reading.
   */
  JsonNode finished(String location) throws InterruptedException {
    long until = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonNode job = get(location).json();
      if (!job.get("state").asString().equals("running") || System.nanoTime() > until) {
        return job;
      }
      Thread.sleep(50);
    }
  }

  /** POSTs an empty JSON object and returns the response's status and Location header. */
  String postForLocation(String path) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              request(path)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() + " " + r.headers().firstValue("Location").orElse("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Reply put(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** Uploads files as multipart/form-data, each under its part name (a name may repeat). */
  Reply uploadParts(String path, List<Map.Entry<String, Path>> files) {
    String boundary = "----scopeplus" + UUID.randomUUID();
    List<HttpRequest.BodyPublisher> publishers = new ArrayList<>();
    try {
      for (Map.Entry<String, Path> f : files) {
        publishers.add(
            HttpRequest.BodyPublishers.ofByteArray(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + f.getKey()
                        + "\"; filename=\""
                        + f.getValue().getFileName()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
        publishers.add(HttpRequest.BodyPublishers.ofFile(f.getValue()));
        publishers.add(
            HttpRequest.BodyPublishers.ofByteArray("\r\n".getBytes(StandardCharsets.UTF_8)));
      }
      publishers.add(
          HttpRequest.BodyPublishers.ofByteArray(
              ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
      return send(
          request(path)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(
                  HttpRequest.BodyPublishers.concat(
                      publishers.toArray(new HttpRequest.BodyPublisher[0]))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** PUTs a text body of the given content type (a CSV, say). */
  Reply putText(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Uploads a file as multipart/form-data part {@code file}, with extra form fields. */
  Reply upload(String path, Path file, Map<String, String> fields) {
    String boundary = "----scopeplus" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    try {
      for (Map.Entry<String, String> f : fields.entrySet()) {
        parts.add(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + f.getKey()
                    + "\"\r\n\r\n"
                    + f.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      parts.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + file.getFileName()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      List<HttpRequest.BodyPublisher> publishers = new ArrayList<>();
      for (byte[] p : parts) {
        publishers.add(HttpRequest.BodyPublishers.ofByteArray(p));
      }
      publishers.add(HttpRequest.BodyPublishers.ofFile(file));
      publishers.add(
          HttpRequest.BodyPublishers.ofByteArray(
              ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
      return send(
          request(path)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(
                  HttpRequest.BodyPublishers.concat(
                      publishers.toArray(new HttpRequest.BodyPublisher[0]))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Reply upload(String path, Path file) {
    return upload(path, file, Map.of());
  }

  /** Sends a request as this caller, answering the raw response with its headers. */
  HttpResponse<String> exchange(String path, String contentType, HttpRequest.BodyPublisher body) {
    try {
      return HTTP.send(
          request(path).header("Content-Type", contentType).POST(body).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static Reply send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      JsonNode json = null;
      if (type.contains("json") && !r.body().isEmpty()) {
        json = JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), type, json, r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
