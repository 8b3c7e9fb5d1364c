package org.scopeplus.server.console;

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

  @ExceptionHandler(PageRefused.class)
  ModelAndView refused(PageRefused e) {
    ModelAndView m = new ModelAndView("console/error", e.status);
    m.addObject("status", e.status.value());
    m.addObject("reason", e.messageKey);
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
