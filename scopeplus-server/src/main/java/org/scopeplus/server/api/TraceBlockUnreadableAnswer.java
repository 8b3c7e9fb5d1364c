package org.scopeplus.server.api;

import java.util.Locale;
import org.scopeplus.store.run.TraceBlockUnreadable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a read of a run's trace lines (its lines, a record's lines, a report or export built from
 * them) whose stored block no longer decodes with a 409 problem naming the run and the block, in
 * the reader's language, rather than a 500: the run's stored rows changed since it was calculated,
 * and the audit check names them. The failure usually arrives wrapped (a {@code StoreFailure}); the
 * handler is found through its cause.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceBlockUnreadableAnswer {

  private final MessageSource messages;

  public TraceBlockUnreadableAnswer(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(TraceBlockUnreadable.class)
  ResponseEntity<ProblemDetail> unreadable(TraceBlockUnreadable e, Locale locale) {
    ProblemDetail d =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, sentence(messages, e, locale));
    d.setTitle("Stored Rows Changed");
    d.setProperty("runId", e.runId());
    d.setProperty("blockNo", e.blockNo());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(d);
  }

  /**
   * The refusal in {@code locale}: the run and block named, and the audit check that names them.
   */
  public static String sentence(MessageSource messages, TraceBlockUnreadable e, Locale locale) {
    return messages.getMessage(
        "refused.traceBlock", new Object[] {e.runId(), Integer.toString(e.blockNo())}, locale);
  }
}
