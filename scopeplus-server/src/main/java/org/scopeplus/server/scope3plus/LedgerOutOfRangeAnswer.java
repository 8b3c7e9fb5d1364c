package org.scopeplus.server.scope3plus;

import org.scopeplus.core.scope3plus.LedgerOutOfRange;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a read or a deduction on a Scope 3+ ledger whose sums are beyond exact whole numbers (a
 * log counted before plausibility bounds) with a 409 problem naming the events to reverse, rather
 * than wrong numbers.
 */
@RestControllerAdvice(basePackageClasses = LedgerOutOfRangeAnswer.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerOutOfRangeAnswer {

  @ExceptionHandler(LedgerOutOfRange.class)
  ResponseEntity<ProblemDetail> outOfRange(LedgerOutOfRange e) {
    ProblemDetail d = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    d.setTitle("Ledger Out Of Range");
    d.setProperty("suspectEvents", e.suspectEvents());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(d);
  }
}
