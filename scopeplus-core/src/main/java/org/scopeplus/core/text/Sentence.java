package org.scopeplus.core.text;

import java.util.List;

/**
 * A sentence as a message key and its arguments, so that a page, an API answer or a report says it
 * in its reader's language from its own bundle. An argument is either text already written (a
 * number, a year, a name) or a sentence of its own, said first.
 *
 * @param key the message key
 * @param args the arguments in the order the message numbers them: {@link String} or {@link
 *     Sentence}
 */
public record Sentence(String key, List<Object> args) {

  /** Says a message key with its arguments already said, e.g. through a resource bundle. */
  @FunctionalInterface
  public interface Wording {
    String say(String key, Object[] args);
  }

  public Sentence {
    args = List.copyOf(args);
    for (Object a : args) {
      if (!(a instanceof String) && !(a instanceof Sentence)) {
        throw new IllegalArgumentException("an argument is text or a sentence, not " + a);
      }
    }
  }

  /** The sentence {@code key} with {@code args} (each a {@link String} or a {@link Sentence}). */
  public static Sentence of(String key, Object... args) {
    return new Sentence(key, List.of(args));
  }

  /** The sentence in the words of {@code wording}, its sentence arguments said first. */
  public String in(Wording wording) {
    Object[] said = new Object[args.size()];
    for (int i = 0; i < said.length; i++) {
      Object a = args.get(i);
      said[i] = a instanceof Sentence s ? s.in(wording) : a;
    }
    return wording.say(key, said);
  }
}
