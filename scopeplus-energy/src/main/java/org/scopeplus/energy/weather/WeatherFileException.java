package org.scopeplus.energy.weather;

import org.scopeplus.core.text.Sentence;

/**
 * A weather file that cannot be read, naming the file, the line and the field. Its message is
 * {@code <where>: <detail>}; a refusal users meet also carries its detail as a sentence with a code
 * ({@code problem.weather.*}) so that a page says it in its reader's language.
 */
public final class WeatherFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String where;
  private final String detail;
  private final transient Sentence sentence;

  public WeatherFileException(String message) {
    super(message);
    this.where = "";
    this.detail = message;
    this.sentence = null;
  }

  /**
   * @param where the file, and the line and field where known ({@code w.csv line 3, ghi})
   * @param detail the English sentence, without its place
   * @param sentence the same sentence as a code with its arguments
   */
  public WeatherFileException(String where, String detail, Sentence sentence) {
    super(where + ": " + detail);
    this.where = where;
    this.detail = detail;
    this.sentence = sentence;
  }

  /** The same refusal with the file's path {@code path} named {@code name} in its place. */
  WeatherFileException naming(String path, String name) {
    return sentence == null
        ? new WeatherFileException(getMessage().replace(path, name))
        : new WeatherFileException(where.replace(path, name), detail, sentence);
  }

  /** The English sentence without its place (the whole message when it has no code). */
  public String detail() {
    return detail;
  }

  /** The sentence's code and arguments, or null when this refusal has none yet. */
  public Sentence sentence() {
    return sentence;
  }
}
