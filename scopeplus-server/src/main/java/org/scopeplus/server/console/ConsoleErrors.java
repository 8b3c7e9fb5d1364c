package org.scopeplus.server.console;

import java.util.Locale;
import org.scopeplus.server.api.TraceBlockUnreadableAnswer;
import org.scopeplus.store.run.TraceBlockUnreadable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused console page or action as a page (the API answers problem details instead). */
@ControllerAdvice(annotations = ConsoleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

  private final MessageSource messages;

  ConsoleErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(PageRefused.class)
  ModelAndView refused(PageRefused e) {
    ModelAndView m = new ModelAndView("console/error", e.status);
    m.addObject("status", e.status.value());
    m.addObject("reason", e.messageKey);
    return m;
  }

  /**
   * A run's stored trace-line block that no longer decodes (found through the cause of the store's
   * failure): 409, naming the run and block and the audit check that names the changed rows.
   */
  @ExceptionHandler(TraceBlockUnreadable.class)
  ModelAndView unreadable(TraceBlockUnreadable e, Locale locale) {
    ModelAndView m = new ModelAndView("console/error", HttpStatus.CONFLICT);
    m.addObject("status", HttpStatus.CONFLICT.value());
    m.addObject("reason", "refused.traceBlock");
    m.addObject("reasonText", TraceBlockUnreadableAnswer.sentence(messages, e, locale));
    return m;
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    org.springframework.validation.BindException.class,
    org.springframework.beans.TypeMismatchException.class,
    org.springframework.web.bind.ServletRequestBindingException.class
  })
  ModelAndView badRequest(Exception e) {
    ModelAndView m = new ModelAndView("console/error", HttpStatus.BAD_REQUEST);
    m.addObject("status", 400);
    m.addObject("reason", "refused.badRequest");
    return m;
  }
}
