package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MultipartException;

/** The RFC 9457 problems the handler answers with: status, title (its reason phrase) and detail. */
class ProblemHandlerTest {

  private final ProblemHandler handler = new ProblemHandler();

  private static void assertProblem(
      ResponseEntity<ProblemDetail> r, int status, String title, String detail) {
    assertThat(r.getStatusCode().value()).isEqualTo(status);
    assertThat(r.getBody().getStatus()).isEqualTo(status);
    assertThat(r.getBody().getTitle()).isEqualTo(title);
    assertThat(r.getBody().getDetail()).isEqualTo(detail);
  }

  @Test
  void aBadArgumentIsA400WithItsMessage() {
    assertProblem(
        handler.badArgument(new IllegalArgumentException("period must be YYYY-MM")),
        400,
        "Bad Request",
        "period must be YYYY-MM");
  }

  @Test
  void anUploadThatIsNotMultipartIsA415AndABrokenOneA400() {
    MockHttpServletRequest json = new MockHttpServletRequest();
    json.setContentType("application/json");
    assertProblem(
        handler.notMultipart(new MultipartException("no"), json),
        415,
        "Unsupported Media Type",
        "send the file as multipart/form-data with a part named file");
    MockHttpServletRequest broken = new MockHttpServletRequest();
    broken.setContentType("multipart/form-data; boundary=x");
    assertProblem(
        handler.notMultipart(new MultipartException("no"), broken),
        400,
        "Bad Request",
        "the multipart/form-data body cannot be read; send the file as a part named file");
  }

  @Test
  void aDuplicateNameIsA409AndAnyOtherFailureA500NamingNoInternals() {
    SQLException duplicate = new SQLException("dup", "23505");
    assertProblem(
        handler.failed(new RuntimeException(duplicate)),
        409,
        "Conflict",
        "something with this name exists already");
    assertProblem(
        handler.failed(new IllegalStateException("secret table name")),
        500,
        "Internal Server Error",
        "the service failed; the operator can see why in its log");
  }
}
