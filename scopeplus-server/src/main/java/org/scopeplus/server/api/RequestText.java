package org.scopeplus.server.api;

import org.scopeplus.core.org.OrgPath;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.text.PlainText;

/**
 * The one check of text that enters through the API, whatever carries it (a JSON field, a path
 * variable, a query parameter, an uploaded file's name): plain text as {@link PlainText} defines it
 * (no NUL or other control character), within the width it is stored in, the same widths the CSV
 * import uses. Each refusal is a 400 problem that names the field.
 */
public final class RequestText {

  private RequestText() {}

  /** Refuses a value that is not plain text; null passes (a missing value is checked elsewhere). */
  public static void plain(String field, String value) {
    if (value == null) {
      return;
    }
    int at = PlainText.firstRefused(value);
    if (at >= 0) {
      throw refusal(field, field + " " + PlainText.why(value, at))
          .saying(PlainText.whySaid("problem.cell.", field, value, at));
    }
  }

  /** Refuses a value that is not plain text or is longer than {@code maxLength} characters. */
  public static void within(String field, String value, int maxLength) {
    plain(field, value);
    if (value != null && value.strip().length() > maxLength) {
      String length = Integer.toString(value.strip().length());
      throw refusal(
              field, field + " has " + length + " characters; it may have at most " + maxLength)
          .saying(
              org.scopeplus.core.text.Sentence.of(
                  "refusal.text.tooLong", field, length, Integer.toString(maxLength)));
    }
  }

  /**
   * An org-unit path as {@link OrgPath} allows it, normalised; refuses an empty one with {@code
   * missing}, the sentence a caller uses for a missing path.
   */
  public static String orgPath(String field, String value, String missing) {
    plain(field, value);
    if (value == null || OrgStructure.normalise(value).isEmpty()) {
      throw refusal(field, missing);
    }
    String why = OrgPath.problem(value);
    if (why != null) {
      throw refusal(field, why);
    }
    String path = OrgStructure.normalise(value);
    within(field, path, OrgPath.MAX_LENGTH);
    return path;
  }

  private static ApiProblem refusal(String field, String detail) {
    return new ApiProblem(
        org.springframework.http.HttpStatus.BAD_REQUEST,
        "Bad Request",
        detail,
        java.util.Map.of("field", field));
  }
}
