package org.scopeplus.server.console;

import java.util.function.Predicate;
import org.scopeplus.server.security.Caller;

/**
 * One entry of the console's navigation: declare it as a bean and it appears, in {@code order}, for
 * the callers {@code shownTo} accepts. The page itself checks the caller again on the server.
 *
 * @param order where it stands; lower first
 * @param path the page's path, e.g. {@code /overview}
 * @param messageKey the message key of its label in {@code i18n/console*.properties}
 * @param shownTo which callers see the entry
 */
public record ConsoleLink(int order, String path, String messageKey, Predicate<Caller> shownTo) {

  /** An entry every signed-in caller sees. */
  public static ConsoleLink forEveryone(int order, String path, String messageKey) {
    return new ConsoleLink(order, path, messageKey, c -> true);
  }
}
