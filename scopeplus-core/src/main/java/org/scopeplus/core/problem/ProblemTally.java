package org.scopeplus.core.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems found in a file, a request or a run of many rows: every one counted, the first
 * {@link #limit()} kept in full in the order they were found. This is the one place where a list of
 * problems is capped, so no answer grows with the size of a bad input.
 *
 * <p>The limit is {@link #DEFAULT_LIMIT} unless the JVM is started with the system property {@value
 * #LIMIT_PROPERTY} set to a number from 1 to {@value #MAX_LIMIT}.
 */
public final class ProblemTally {

  /** How many problems are listed in full when nothing else is configured. */
  public static final int DEFAULT_LIMIT = 1000;

  /** The most a configuration may ask to list: a bound on the size of every problem answer. */
  public static final int MAX_LIMIT = 100_000;

  /** The system property that sets the limit for the whole process. */
  public static final String LIMIT_PROPERTY = "scopeplus.problems.listed";

  private static final int CONFIGURED = limitFrom(System.getProperty(LIMIT_PROPERTY));

  private final int limit;
  private final List<Problem> listed = new ArrayList<>();
  private long count;

  /** A tally with the configured limit. */
  public ProblemTally() {
    this(CONFIGURED);
  }

  /** A tally that lists at most {@code limit} problems (1 or more). */
  public ProblemTally(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("a problem list holds at least one problem");
    }
    this.limit = limit;
  }

  /** The limit this process lists, from {@value #LIMIT_PROPERTY} or the default. */
  public static int configuredLimit() {
    return CONFIGURED;
  }

  /**
   * The limit a setting asks for: the default when the setting is absent; a number from 1 to {@link
   * #MAX_LIMIT}, else an error naming the property.
   */
  static int limitFrom(String setting) {
    if (setting == null || setting.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(setting.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException(
        LIMIT_PROPERTY + " must be a number from 1 to " + MAX_LIMIT + ", not '" + setting + "'");
  }

  public void add(Problem p) {
    count++;
    if (listed.size() < limit) {
      listed.add(p);
    }
  }

  public void addAll(Collection<Problem> ps) {
    for (Problem p : ps) {
      add(p);
    }
  }

  /** Adds another tally: its listed problems after these (while room is left), its whole count. */
  public void addAll(ProblemTally other) {
    addAll(other.listed, other.count);
  }

  /**
   * Adds the first problems of a larger set that was capped elsewhere: {@code first} are listed
   * while room is left, and {@code count} (at least as many) are counted.
   */
  public void addAll(Collection<Problem> first, long count) {
    if (count < first.size()) {
      throw new IllegalArgumentException("a count below the problems listed");
    }
    for (Problem p : first) {
      if (listed.size() >= limit) {
        break;
      }
      listed.add(p);
    }
    this.count += count;
  }

  /** The first problems, in the order they were found. */
  public List<Problem> listed() {
    return List.copyOf(listed);
  }

  /** How many problems there were in all, listed or not. */
  public long count() {
    return count;
  }

  /** How many problems this tally lists at most. */
  public int limit() {
    return limit;
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
