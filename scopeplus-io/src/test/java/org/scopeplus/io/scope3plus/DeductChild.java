package org.scopeplus.io.scope3plus;

import java.nio.file.Path;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.UtcCalendar;

/**
 * Makes deductions {@code D-0}, {@code D-1}, ... one after another in its own JVM, printing each
 * reference once its deduction has returned, so a test can kill it with SIGKILL.
 */
public final class DeductChild {
  private DeductChild() {}

  /** Arguments: state directory, number of deductions. */
  public static void main(String[] args) throws Exception {
    StateStore store =
        StateStore.open(Path.of(args[0]), MethodologyLibrary.builtIn(), null, 1 << 10);
    int month = UtcCalendar.parseMonth("2024-05");
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      store.deduct(new CreditDeduction("maps", month, 1_000_000, "D-" + i));
      System.out.println("D-" + i);
      System.out.flush();
    }
  }
}
