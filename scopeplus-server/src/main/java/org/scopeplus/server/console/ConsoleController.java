package org.scopeplus.server.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * Marks a controller of console pages: its pages get the console's navigation, the signed-in caller
 * and the language switch ({@link ConsoleModel}), and its refusals are shown as pages ({@link
 * ConsoleErrors}). See docs/console.md for adding a page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

  /** The bean name, if one is wanted. */
  @AliasFor(annotation = Controller.class)
  String value() default "";
}
