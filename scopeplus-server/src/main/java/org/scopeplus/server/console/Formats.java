package org.scopeplus.server.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.spend.PricedCurrency;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and dates as the page's language writes them ({@code ${@fmt.tonnes(grams)}} in a
 * template). Amounts are stored in grams; a page shows tonnes CO2e, rounded half-even once for
 * display only: whole tonnes from 100 t, one decimal from 1 t, three decimals (kilograms) below.
 */
@Component("fmt")
public class Formats {

  private static final BigDecimal GRAMS_PER_TONNE = BigDecimal.valueOf(1_000_000);

  private final org.springframework.context.MessageSource messages;

  private final StoredSentences sentences;

  Formats(org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.sentences = StoredSentences.of(messages);
  }

  /**
   * A Scope 3+ methodology's title in the page's language: on a Chinese page its own Chinese title
   * (a built-in's {@code title_zh} in the catalog), or null on an English page and for a
   * methodology without one (a tenant's own, even one titled like a built-in): the page then shows
   * its title as written.
   */
  public String methodologyTitle(org.scopeplus.core.scope3plus.Methodology m) {
    if (m == null || m.titleZh().isEmpty() || !locale().getLanguage().equals("zh")) {
      return null;
    }
    return m.titleZh();
  }

  /**
   * A text of the Scope 3+ methodology catalog (what a value still needed is and what to configure
   * it from, a restatement's reason) in the page's language: its Chinese wording from the catalog
   * on a Chinese page, else as written.
   */
  public String catalogue(String english) {
    return org.scopeplus.server.scope3plus.MethodologyGuidance.wording(locale()).apply(english);
  }

  /**
   * A Scope 3+ restatement's reason in the page's language: by its code when the ledger wrote it
   * itself (a version change the catalog gives no reason for), else as {@link #catalogue} says the
   * catalog's reason.
   */
  public String restatementReason(org.scopeplus.core.scope3plus.Restatement r) {
    if (r.said() != null) {
      String said = sentences.say(r.said(), locale());
      if (said != null) {
        return said;
      }
    }
    return catalogue(r.reason());
  }

  /**
   * One part of a factor note: the text shown and whether it is said in the page's language ({@code
   * false}: shown as stored, a name such as the library's, or a part without a wording).
   */
  public record NotePart(String text, boolean said) {}

  /**
   * A factor note ({@code region CN-ZJ matched; valid 2023-01-01 to 2023-12-31 covers 2023-03;
   * builtin 2026.1}), split at its semicolons, each part in the page's language when the bundles
   * word it (family {@code note}).
   */
  public List<NotePart> noteParts(String note) {
    Locale locale = locale();
    List<NotePart> parts = new java.util.ArrayList<>();
    for (String part : note.split("; ", -1)) {
      String said = sentences.say("note", part, locale);
      parts.add(said == null ? new NotePart(part, false) : new NotePart(said, true));
    }
    return parts;
  }

  /**
   * A sentence the service stored in English (an audit entry's detail: family {@code
   * audit.<action>}; a located problem's message: family {@code problem}) in the page's language,
   * or null when no wording of the family matches it: the page then shows it as stored ({@link
   * StoredSentences}).
   */
  public String sentence(String family, String stored) {
    return sentences.say(family, stored, locale());
  }

  /**
   * A refusal the service or the core gave in English (a base-year policy's reason, a Scope 2
   * Quality Criterion, a Scope 3+ configuration check, a user or password rule) in the page's
   * language when a wording of family {@code refusal} matches it, else as written.
   */
  public String refusal(String english) {
    String said = sentences.say("refusal", english, locale());
    return said == null ? english : said;
  }

  /**
   * A refusal given with its code ({@code said}, the key and arguments of its English {@code
   * english}) in the page's language by the code; without a code, or with one the bundles do not
   * know yet, as {@link #refusal(String)} says the English.
   */
  public String refusal(String english, org.scopeplus.core.text.Sentence said) {
    if (said != null) {
      String s = sentences.say(said, locale());
      if (s != null) {
        return s;
      }
    }
    return refusal(english);
  }

  /**
   * A located problem's sentence in the page's language: by its code where it has one (the key and
   * arguments the core gave), else by matching its English message (family {@code problem}, as a
   * problem written before it had a code); null when neither says it, and the page then shows the
   * message as written.
   */
  public String problem(org.scopeplus.core.problem.Problem p) {
    Locale locale = locale();
    if (p.sentence() != null) {
      String said = sentences.say(p.sentence(), locale);
      if (said != null) {
        return said;
      }
    }
    return sentences.say("problem", p.message(), locale);
  }

  /** Tonnes, from grams, with the precision of {@link #decimalsFor}. */
  public String tonnes(long grams) {
    return tonnes(grams, locale());
  }

  static String tonnes(long grams, Locale locale) {
    if (grams == 0) {
      return "0";
    }
    BigDecimal t = BigDecimal.valueOf(grams).divide(GRAMS_PER_TONNE);
    int decimals = decimalsFor(t);
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(t.setScale(decimals, RoundingMode.HALF_EVEN));
  }

  /** Tonnes with a sign, for a change between two amounts. */
  public String signedTonnes(long grams) {
    String t = tonnes(Math.abs(grams));
    return grams > 0 ? "+" + t : grams < 0 ? "\u2212" + t : t;
  }

  /** Decimals shown for an amount in tonnes: 0 from 100 t, 1 from 1 t, 3 below. */
  static int decimalsFor(BigDecimal tonnes) {
    BigDecimal a = tonnes.abs();
    if (a.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return 0;
    }
    return a.compareTo(BigDecimal.ONE) >= 0 ? 1 : 3;
  }

  /** Tonnes as a plain number for a chart (three decimals, the chart formats it). */
  public static double chartTonnes(long grams) {
    // grams x 10^-6 exactly, by scale: no long division per heatmap cell
    return BigDecimal.valueOf(grams, 6).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  /**
   * Points kept in millionths of a point ({@link org.scopeplus.core.scope3plus.Points}), shown
   * exactly in the page's language: every decimal the sum has (at most six), none when whole.
   */
  public String points(long millionths) {
    BigDecimal exact = org.scopeplus.core.scope3plus.Points.decimal(millionths);
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setMinimumFractionDigits(exact.scale());
    f.setMaximumFractionDigits(exact.scale());
    return f.format(exact);
  }

  /** A whole number. */
  public String count(long n) {
    return NumberFormat.getIntegerInstance(locale()).format(n);
  }

  private static final java.util.Map<String, String> TYPE_NAMES_ZH_CN =
      org.scopeplus.io.builtin.BuiltInReferenceData.activityTypeNamesZhCn();

  /**
   * An activity type as the page's language names it: its zh-CN name on a Chinese page (the
   * catalog's activity-types.zh-CN.csv), else its key, which is the English name.
   */
  public String activityType(String key) {
    return activityType(key, locale());
  }

  static String activityType(String key, Locale locale) {
    if (key != null && locale.getLanguage().equals("zh")) {
      return TYPE_NAMES_ZH_CN.getOrDefault(key, key);
    }
    return key;
  }

  /**
   * Spend's currency with its price year as the page's language writes it ({@code USD@2018}: "USD
   * (2018 prices)"); a bare currency, kept before price years were, says its price year was not
   * recorded.
   */
  public String pricedCurrency(String key) {
    PricedCurrency p = PricedCurrency.parse(key).orElse(new PricedCurrency(String.valueOf(key), 0));
    return p.priceYearKnown()
        ? messages.getMessage(
            "mgmt.suppliers.pricedCurrency",
            new Object[] {p.currency(), String.valueOf(p.priceYear())},
            locale())
        : messages.getMessage(
            "mgmt.suppliers.priceYearUnknown", new Object[] {p.currency()}, locale());
  }

  /**
   * A record's {@code data_quality} label as the page's language names its tier (measured,
   * invoiced, calculated, extrapolated, estimated), or null for a label no tier knows, which is
   * shown as written.
   */
  public String dataQuality(String label) {
    org.scopeplus.core.quality.ActivityDataTier tier =
        org.scopeplus.core.quality.ActivityDataTier.of(label);
    if (tier == org.scopeplus.core.quality.ActivityDataTier.NOT_STATED) {
      return null;
    }
    return messages.getMessage("quality." + tier.label(), null, locale());
  }

  /**
   * An item of a run comparison as the page's language names it: a scope, a Scope 3 category or an
   * activity type by its name; org units, facilities, months, gases and factors as stored.
   */
  public String comparedItem(String dimension, String item) {
    return switch (dimension) {
      case "scope" -> messages.getMessage("runs.item." + item, null, item, locale());
      case "scope3-category" ->
          messages.getMessage("scope3.category." + item, null, item, locale());
      case "activity-type" -> activityType(item);
      default -> item;
    };
  }

  /** A rate or parameter as the language writes numbers, with up to four decimals. */
  public String decimal(double v) {
    return amount(v, 4, locale());
  }

  /**
   * A measured or estimated amount (kWh, kg, a currency) as the language writes numbers, rounded
   * half-even for display to at most {@code decimals} places: an estimate of 7,183.5836 kWh is
   * shown as 7,183.6 kWh with one decimal, not with the four a rate needs.
   */
  public String amount(double v, int decimals) {
    return amount(v, decimals, locale());
  }

  static String amount(double v, int decimals, Locale locale) {
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("decimals out of 0..6: " + decimals);
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(v);
  }

  /** A share (0.05 is 5 %), with one decimal, signed when {@code signed}. */
  public String percent(double share, boolean signed) {
    NumberFormat f = NumberFormat.getPercentInstance(locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    String s = f.format(Math.abs(share));
    if (!signed || share == 0) {
      return s;
    }
    return (share > 0 ? "+" : "\u2212") + s;
  }

  /** A share without sign. */
  public String percent(double share) {
    return percent(share, false);
  }

  /** The percentage change from {@code before} to {@code after}, or "" when before is 0. */
  public String change(long before, long after) {
    if (before == 0) {
      return "";
    }
    return percent((double) (after - before) / Math.abs(before), true);
  }

  /** A moment, in UTC, as the language writes dates and times. */
  public String moment(Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(locale())
            .withZone(ZoneOffset.UTC)
            .format(at)
        + " UTC";
  }

  /** A moment stored as ISO-8601 text (an audit entry's), as {@link #moment}; else the text. */
  public String momentText(String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return moment(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  /** A day, as the language writes dates. */
  public String day(LocalDate d) {
    return d == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(d);
  }

  /** A day given as days since 1970-01-01, as the language writes dates. */
  public String epochDay(int epochDay) {
    return day(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * An amount of one person's actions with its unit: whole grams below 1 kg, else kilograms with
   * one decimal (a bus trip avoids tens of grams).
   */
  public String personal(long grams) {
    if (Math.abs(grams) < 1000) {
      return count(grams) + " " + messages.getMessage("account.g", null, locale());
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale());
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f.format(BigDecimal.valueOf(grams, 3).setScale(1, RoundingMode.HALF_EVEN))
        + " "
        + messages.getMessage("account.kg", null, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
