package org.scopeplus.server.console;

import org.springframework.http.HttpStatus;

/** A console page or action refused: shown as an error page with its status and reason. */
final class PageRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final HttpStatus status;
  final String messageKey;

  /**
   * @param status the HTTP status
   * @param messageKey the message key of the reason, in {@code i18n/console*.properties}
   */
  PageRefused(HttpStatus status, String messageKey) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
  }

  static PageRefused forbidden(String messageKey) {
    return new PageRefused(HttpStatus.FORBIDDEN, messageKey);
  }

  static PageRefused notFound(String messageKey) {
    return new PageRefused(HttpStatus.NOT_FOUND, messageKey);
  }
}
