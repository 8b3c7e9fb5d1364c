package org.scopeplus.core.activity;

/** GHG Protocol scope of an emission. */
public enum Scope {
  SCOPE_1(1),
  SCOPE_2(2),
  SCOPE_3(3);

  private final int number;

  Scope(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  public static Scope of(int number) {
    return switch (number) {
      case 1 -> SCOPE_1;
      case 2 -> SCOPE_2;
      case 3 -> SCOPE_3;
      default -> throw new IllegalArgumentException("scope must be 1, 2 or 3: " + number);
    };
  }
}
