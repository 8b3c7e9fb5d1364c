package org.scopeplus.io.scope3plus;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.text.Sentence;

/**
 * A methodology configuration that cannot be used: each problem is a sentence naming the row, the
 * field or the parameter and its value, and the checks users meet carry that sentence as a code
 * ({@code refusal.configuration.*}) with its arguments. Nothing of a refused configuration is used.
 */
public final class ConfigurationRefused extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem: its English sentence, and the same sentence as a code with its arguments, or null
   * when it has no code yet (a methodology's own consistency check).
   */
  public record Item(String message, Sentence sentence) {}

  private final transient List<Item> items;

  /** A refusal whose problems have no code. */
  public ConfigurationRefused(List<String> problems) {
    this(problems.stream().map(p -> new Item(p, null)).toList(), "");
  }

  private ConfigurationRefused(List<Item> items, String unused) {
    super(
        "the methodology configuration was refused ("
            + items.size()
            + (items.size() == 1 ? " problem" : " problems")
            + "): "
            + String.join("; ", items.stream().map(Item::message).toList()));
    this.items = List.copyOf(items);
  }

  /** A refusal of these problems, each with its code where it has one. */
  public static ConfigurationRefused of(List<Item> items) {
    return new ConfigurationRefused(items, "");
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return items.stream().map(Item::message).toList();
  }

  /** The problems with their codes. */
  public List<Item> items() {
    return items;
  }

  /** Problems as they are found, each with its code where it has one. */
  static final class Found {
    private final List<Item> items = new ArrayList<>();

    void add(String message, Sentence sentence) {
      items.add(new Item(message, sentence));
    }

    void add(String message) {
      add(message, null);
    }

    void addAll(Found other) {
      items.addAll(other.items);
    }

    boolean isEmpty() {
      return items.isEmpty();
    }

    List<Item> items() {
      return List.copyOf(items);
    }

    ConfigurationRefused refusal() {
      return of(items);
    }
  }
}
