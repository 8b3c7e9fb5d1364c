package org.scopeplus.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds the body of every request, before anything reads it: multipart uploads (activity files,
 * factor libraries) to {@code scopeplus.limits.upload}, Scope 3+ event batches ({@code POST
 * /api/v1/ecosystem/events}) to {@code scopeplus.limits.events-body}, every other body to {@code
 * scopeplus.limits.json-body}. A declared {@code Content-Length} beyond the limit is answered at
 * once; a body without one (chunked) is counted as it is read and stops at the first byte past the
 * limit. Both answer 413 with an RFC 9457 problem naming the limit. Multipart bodies are parsed by
 * the servlet container, which applies the same upload limit through {@code
 * spring.servlet.multipart.max-request-size}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String EVENTS_PATH = "/api/v1/ecosystem/events";

  private final long jsonBody;
  private final long eventsBody;
  private final long upload;

  RequestBodyLimit(
      @Value("${scopeplus.limits.json-body:1MB}") DataSize jsonBody,
      @Value("${scopeplus.limits.events-body:64MB}") DataSize eventsBody,
      @Value("${scopeplus.limits.upload:1GB}") DataSize upload) {
    this.jsonBody = jsonBody.toBytes();
    this.eventsBody = eventsBody.toBytes();
    this.upload = upload.toBytes();
  }

  /** The limit on this request's body, in bytes. */
  long limitOf(HttpServletRequest request) {
    String type = request.getContentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return upload;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals(EVENTS_PATH) || path.equals(EVENTS_PATH + "/")) {
      return eventsBody;
    }
    return jsonBody;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response, limit);
      return;
    }
    Counted counted = new Counted(request, limit);
    try {
      chain.doFilter(counted, response);
    } catch (RuntimeException | ServletException e) {
      if (!counted.exceeded) {
        throw e;
      }
      // the refusal thrown past every handler: answered below
    }
    if (counted.exceeded && !response.isCommitted()) {
      // whatever a reader made of the cut body (a 400 for broken JSON), the answer is the limit
      response.reset();
      refuse(request, response, limit);
    }
  }

  /** The 413 problem, as JSON straight to the response. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", "Content Too Large");
    body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
    body.put("detail", tooLarge(limit));
    body.put("instance", request.getRequestURI());
    body.put("limitBytes", limit);
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  static String tooLarge(long limit) {
    return "the request body is larger than the "
        + limit
        + " bytes this endpoint accepts; nothing was stored";
  }

  /**
   * The request with its body counted: reading past the limit throws a 413 {@link ApiProblem}, so
   * that code reading the body itself (the event batch) stops there and is answered with the limit.
   */
  private static final class Counted extends HttpServletRequestWrapper {
    private final long limit;
    private long read;
    private boolean exceeded;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        exceeded = true;
        throw new ApiProblem(
            HttpStatus.CONTENT_TOO_LARGE,
            "Content Too Large",
            tooLarge(limit),
            Map.of("limitBytes", limit));
      }
    }
  }
}
