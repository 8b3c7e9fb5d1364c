package org.scopeplus.server.api;

import java.util.Locale;
import org.scopeplus.core.text.Sentence;
import org.springframework.context.MessageSource;

/**
 * Says the core's sentences ({@link Sentence}: the neutrality claim's steps and reasons, the
 * targets' explanations) in the reader's language from the console bundles, the API by the
 * request's locale (its {@code Accept-Language}, or the console's language cookie) as the console
 * does.
 */
public final class BundleWording {

  private BundleWording() {}

  /** The wording of {@code locale}; a key missing from the bundles is a programming error. */
  public static Sentence.Wording of(MessageSource messages, Locale locale) {
    return (key, args) -> messages.getMessage(key, args, locale);
  }
}
