package org.scopeplus.core.city.ets;

/**
 * One line of a journal entry: {@code tonnes} of {@code unit} of {@code vintage} into {@code
 * account} (positive, a debit) or out of it (negative, a credit).
 */
public record Posting(String account, Unit unit, int vintage, long tonnes) {

  @Override
  public String toString() {
    return account + " " + (tonnes > 0 ? "+" : "") + tonnes + " " + unit + " " + vintage;
  }
}
