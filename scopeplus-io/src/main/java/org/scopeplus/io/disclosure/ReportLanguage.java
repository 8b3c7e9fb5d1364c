package org.scopeplus.io.disclosure;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The languages the report is written in, each with its words (ReportText bundles). */
public enum ReportLanguage {
  EN("en", Locale.ENGLISH),
  ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE);

  private final String tag;
  private final Locale locale;

  ReportLanguage(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The language tag, {@code en} or {@code zh-CN}. */
  public String tag() {
    return tag;
  }

  /** {@code en} or {@code zh-CN} (any case, {@code zh_CN} too). */
  public static Optional<ReportLanguage> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().replace('_', '-');
    for (ReportLanguage l : values()) {
      if (l.tag.equalsIgnoreCase(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The words of this language. */
  public Words words() {
    ResourceBundle b =
        ResourceBundle.getBundle(
            "org.scopeplus.io.disclosure.ReportText",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Words(b, locale);
  }

  /** A language's words, with {0}-style arguments. */
  public static final class Words {
    private final ResourceBundle bundle;
    private final Locale locale;

    Words(ResourceBundle bundle, Locale locale) {
      this.bundle = bundle;
      this.locale = locale;
    }

    /** The text of {@code key} with {@code args} put in. */
    public String get(String key, Object... args) {
      String pattern = bundle.getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle has none. */
    public String getOr(String key, String fallback) {
      return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
  }
}
