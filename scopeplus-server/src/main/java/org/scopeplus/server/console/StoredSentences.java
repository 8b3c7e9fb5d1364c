package org.scopeplus.server.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * English sentences the service stored or the core wrote (an audit entry's detail, a located
 * problem's message) said again in the page's language. Each sentence is matched against the
 * English wordings of the console bundle's {@code sentence.*} keys, whose placeholders give the
 * arguments, and the key is then said with those arguments in the page's language. So the wording
 * of a message key is its English sentence exactly as the service writes it: old rows keep the
 * stored English and still read in Chinese as long as their wording has not changed. A sentence no
 * wording matches (one written before its wording had a key, or one without a key yet) is answered
 * null and shown as written.
 */
final class StoredSentences {

  /** An English wording: its message key and the pattern its placeholders become. */
  private record Wording(String key, Pattern pattern, int arguments, int literal) {}

  /**
   * The placeholders that hold one of the product's own words (a column, a role, a consolidation
   * approach, a kind of quantity), said in the page's language; the others (names, numbers, values
   * as written) are shown as stored.
   */
  private static final Map<String, Set<Integer>> WORDS =
      Map.ofEntries(
          Map.entry("sentence.audit.user.added", Set.of(1)),
          Map.entry("sentence.audit.user.access_changed", Set.of(1)),
          Map.entry("sentence.audit.user.access_changed.units", Set.of(1)),
          Map.entry("sentence.audit.run.calculated", Set.of(3)),
          Map.entry("sentence.note.marketStep", Set.of(0)),
          Map.entry("sentence.problem.empty", Set.of(0)),
          Map.entry("sentence.problem.positive", Set.of(0)),
          Map.entry("sentence.problem.notNumber", Set.of(0)),
          Map.entry("sentence.problem.beyondRange", Set.of(0)),
          Map.entry("sentence.problem.unitKind", Set.of(1, 3)),
          Map.entry("sentence.problem.implausible", Set.of(2)),
          Map.entry("sentence.problem.beyondPlausible", Set.of(0)),
          Map.entry("sentence.problem.tooSmall", Set.of(0)),
          Map.entry("sentence.problem.tooLong", Set.of(0)),
          Map.entry("sentence.problem.cell.notUtf8", Set.of(0)),
          Map.entry("sentence.problem.cell.nul", Set.of(0)),
          Map.entry("sentence.problem.cell.control", Set.of(0)),
          Map.entry("sentence.problem.weather.fieldNotNumber", Set.of(0)),
          Map.entry("sentence.problem.weather.fieldOutside", Set.of(0)),
          Map.entry("sentence.refusal.tariff.workdayWeekday", Set.of(1)),
          Map.entry("sentence.refusal.text.tooLong", Set.of(0)),
          Map.entry("sentence.refusal.tariff.gap", Set.of(1)),
          Map.entry("sentence.refusal.tariff.overlap", Set.of(2)),
          Map.entry("sentence.problem.supplierUnitKind", Set.of(1, 3)),
          Map.entry("sentence.problem.reading.negative", Set.of(0)),
          Map.entry("sentence.audit.verification.finding", Set.of(0)),
          Map.entry("sentence.audit.verification.opinion", Set.of(0)),
          Map.entry("sentence.note.step", Set.of(0)));

  /**
   * The placeholders that hold a sentence of the same family (a factor note's market-based step
   * names the step, then says how the factor was found), said in the page's language in turn.
   */
  private static final Map<String, Set<Integer>> SENTENCES =
      Map.of(
          "sentence.note.marketStep",
          Set.of(2),
          "sentence.note.step",
          Set.of(2),
          "sentence.refusal.configuration.unitKind",
          Set.of(4),
          "sentence.refusal.supplier.tier",
          Set.of(1),
          "sentence.refusal.supplier.named",
          Set.of(1));

  /**
   * Wordings that are only ever the inner part of another ({@code sentence.note.marketStep}'s {2}):
   * tried only there, since their first placeholder would otherwise take the outer sentence's own
   * text.
   */
  private static final Set<String> INNER_ONLY =
      Set.of(
          "sentence.note.instrumentCovers",
          "sentence.note.coveredByName",
          "sentence.refusal.configuration.give.emission",
          "sentence.refusal.configuration.give.mass",
          "sentence.refusal.configuration.give.fraction",
          "sentence.refusal.configuration.give.value");

  /**
   * The checks of a methodology's consistency (family {@code refusal.methodology}): said only
   * inside the refusal of a methodology, "{@code <action>: <check>; <check>}", which the core
   * gives.
   */
  private static final String METHODOLOGY_CHECK = "sentence.refusal.methodology.";

  private static final Pattern METHODOLOGY_REFUSAL =
      Pattern.compile("([a-z0-9_]+(?:\\.[a-z0-9_]+)*): (.+)", Pattern.DOTALL);

  /** Where a word is looked up, in this order. */
  private static final List<String> WORD_KEYS =
      List.of("column.", "role.", "consolidation.", "sentence.word.");

  /** Longer texts are shown as written, never matched: a wording is a sentence, not a page. */
  private static final int LONGEST = 2000;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private final List<Wording> wordings;
  private final MessageSource messages;

  private StoredSentences(List<Wording> wordings, MessageSource messages) {
    this.wordings = wordings;
    this.messages = messages;
  }

  /** The {@code sentence.*} wordings of the English bundle {@code i18n/console.properties}. */
  static StoredSentences of(MessageSource messages) {
    Properties en = new Properties();
    try (InputStream in =
            StoredSentences.class.getClassLoader().getResourceAsStream("i18n/console.properties");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      en.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Wording> wordings = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(en.stringPropertyNames())) {
      if (key.startsWith("sentence.") && !key.startsWith("sentence.word.")) {
        wordings.add(wording(key, en.getProperty(key)));
      }
    }
    // the wording with more fixed text first: "{0}: {1} records into period {2}, replacing import
    // {3}" before "{0}: {1} records into period {2}", whose last placeholder would take the rest
    wordings.sort(
        java.util.Comparator.comparingInt(Wording::literal).reversed().thenComparing(Wording::key));
    return new StoredSentences(List.copyOf(wordings), messages);
  }

  /**
   * The pattern of an English wording: its text between placeholders literally (a doubled quote, as
   * message formats write one, is one quote), each placeholder any text of at least one character.
   */
  private static Wording wording(String key, String english) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(english);
    int at = 0;
    int arguments = 0;
    List<Integer> order = new ArrayList<>();
    while (m.find()) {
      regex.append(Pattern.quote(english.substring(at, m.start()).replace("''", "'")));
      int n = Integer.parseInt(m.group(1));
      regex.append(order.contains(n) ? "\\k<a" + n + ">" : "(?<a" + n + ">.+?)");
      order.add(n);
      arguments = Math.max(arguments, n + 1);
      at = m.end();
    }
    regex.append(Pattern.quote(english.substring(at).replace("''", "'")));
    int literal = PLACEHOLDER.matcher(english).replaceAll("").length();
    return new Wording(key, Pattern.compile(regex.toString(), Pattern.DOTALL), arguments, literal);
  }

  /**
   * The stored English {@code sentence} in {@code locale}'s words, or null when no wording of the
   * keys starting {@code sentence.<family>} matches it whole. On an English page the sentence is
   * given back as stored.
   */
  String say(String family, String sentence, Locale locale) {
    return say(family, sentence, locale, false);
  }

  private String say(String family, String sentence, Locale locale, boolean inner) {
    if (sentence == null || sentence.isEmpty() || sentence.length() > LONGEST) {
      return sentence == null || sentence.isEmpty() ? sentence : null;
    }
    String prefix = "sentence." + family;
    for (Wording w : wordings) {
      if (!w.key().equals(prefix) && !w.key().startsWith(prefix + ".")
          || !inner && (INNER_ONLY.contains(w.key()) || w.key().startsWith(METHODOLOGY_CHECK))) {
        continue;
      }
      Matcher m = w.pattern().matcher(sentence);
      if (m.matches() && !(w.key().startsWith(METHODOLOGY_CHECK) && spansChecks(m, w))) {
        if (locale.getLanguage().equals("en")) {
          return sentence;
        }
        Object[] args = new Object[w.arguments()];
        Set<Integer> words = WORDS.getOrDefault(w.key(), Set.of());
        Set<Integer> sentences = SENTENCES.getOrDefault(w.key(), Set.of());
        for (int i = 0; i < args.length; i++) {
          String a = group(m, i);
          String said = sentences.contains(i) ? say(family, a, locale, true) : null;
          args[i] = said != null ? said : words.contains(i) ? word(a, locale) : a;
        }
        return messages.getMessage(w.key(), args, sentence, locale);
      }
    }
    return !inner && family.equals("refusal") ? methodologyRefusal(sentence, locale) : null;
  }

  /**
   * A methodology refused for its consistency ({@code cloud_migration: vintage ... is in ratio, not
   * in kg; ...}) with each check said in turn; null unless every check has a wording. A check that
   * itself holds "; " ("the no_trip mode emits nothing by definition; give it a share only") is
   * found by joining a part no wording says to the next.
   */
  private String methodologyRefusal(String sentence, Locale locale) {
    Matcher m = METHODOLOGY_REFUSAL.matcher(sentence);
    if (!m.matches()) {
      return null;
    }
    List<String> said = new ArrayList<>();
    String pending = null;
    for (String part : m.group(2).split("; ", -1)) {
      String check = pending == null ? part : pending + "; " + part;
      String s = say("refusal.methodology", check, locale, true);
      if (s == null) {
        pending = check;
      } else {
        said.add(s);
        pending = null;
      }
    }
    if (pending != null || said.isEmpty()) {
      return null;
    }
    if (locale.getLanguage().equals("en")) {
      return sentence;
    }
    String separator = messages.getMessage("s3p.methodologyChecks.separator", null, "; ", locale);
    return messages.getMessage(
        "s3p.methodologyChecks",
        new Object[] {m.group(1), String.join(separator, said)},
        sentence,
        locale);
  }

  /**
   * A sentence given by its code ({@code problem.empty} with {@code [quantity]}, as the core gives
   * a located problem's) in {@code locale}'s words: the wording {@code sentence.<key>} with the
   * arguments, the product's own words among them said in the page's language. Null when the
   * bundles have no such wording (a code newer than the bundles): the caller then falls back to the
   * stored English. On an English page the English wording is said, which is the stored message.
   */
  String say(org.scopeplus.core.text.Sentence sentence, Locale locale) {
    String key = "sentence." + sentence.key();
    if (messages.getMessage(key, null, null, locale) == null) {
      return null;
    }
    Set<Integer> words = WORDS.getOrDefault(key, Set.of());
    Object[] args = new Object[sentence.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object a = sentence.args().get(i);
      if (a instanceof org.scopeplus.core.text.Sentence inner) {
        args[i] = say(inner, locale);
      } else {
        args[i] =
            words.contains(i) && !locale.getLanguage().equals("en") ? word((String) a, locale) : a;
      }
    }
    return messages.getMessage(key, args, locale);
  }

  /** A word of the product's in the page's language, or as written when none is known. */
  private String word(String written, Locale locale) {
    String w = written.replace('_', ' ');
    for (String prefix : WORD_KEYS) {
      for (String key : List.of(prefix + written, prefix + w)) {
        String said = messages.getMessage(key, null, null, locale);
        if (said != null) {
          return said;
        }
      }
    }
    return written;
  }

  /**
   * True when a placeholder of a methodology's check took "; ", the separator of its checks: the
   * wording then took two checks for one.
   */
  private static boolean spansChecks(Matcher m, Wording w) {
    for (int i = 0; i < w.arguments(); i++) {
      if (group(m, i).contains("; ")) {
        return true;
      }
    }
    return false;
  }

  private static String group(Matcher m, int n) {
    try {
      return m.group("a" + n);
    } catch (IllegalArgumentException notInThisWording) {
      return "";
    }
  }
}
