package org.scopeplus.server.console;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The console's language: English or Simplified Chinese. The one chosen with the language switch is
 * kept in a cookie; without one, the first of the browser's {@code Accept-Language} languages the
 * console speaks; English otherwise.
 */
final class ConsoleLocales implements LocaleResolver {

  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final String COOKIE = "scopeplus-lang";

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(ConsoleLocales.class.getName()) instanceof Locale switched) {
      return switched;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName())) {
          Locale chosen = spoken(Locale.forLanguageTag(c.getValue()));
          if (chosen != null) {
            return chosen;
          }
        }
      }
    }
    List<Locale> wanted =
        request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
            ? List.of()
            : Collections.list(request.getLocales());
    for (Locale l : wanted) {
      Locale s = spoken(l);
      if (s != null) {
        return s;
      }
    }
    return ENGLISH;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    Locale s = locale == null ? null : spoken(locale);
    if (s == null || response == null) {
      return;
    }
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, s.toLanguageTag())
            .path("/")
            .maxAge(Duration.ofDays(365))
            .httpOnly(true)
            .sameSite("Lax")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    request.setAttribute(ConsoleLocales.class.getName(), s);
  }

  /** The console's language for this locale, or null when it speaks none of it. */
  static Locale spoken(Locale l) {
    return switch (l.getLanguage()) {
      case "zh" -> CHINESE;
      case "en" -> ENGLISH;
      default -> null;
    };
  }
}
