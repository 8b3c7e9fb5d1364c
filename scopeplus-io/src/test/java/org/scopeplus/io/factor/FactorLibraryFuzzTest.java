package org.scopeplus.io.factor;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.fuzz.ReadContract;

/**
 * Any bytes read as a user's factor library give a library whose factors have finite rates and a
 * valid period, or every problem located by file, row and column: never an exception.
 */
class FactorLibraryFuzzTest {

  private static final GwpTable GWPS = BuiltInReferenceData.load().gwps();
  private static final String FILE = "fuzz-factors.csv";

  @FuzzTest
  void anyLibraryGivesFactorsOrLocatedProblems(byte[] bytes) {
    if (!ReadContract.bounded(bytes)) {
      return;
    }
    ReadContract.refusalOrValue(
        "factor-library",
        () -> {
          ReadResult<FactorLibrary> read =
              new FactorLibraryReader(GWPS)
                  .read(FILE, new ByteArrayInputStream(bytes), "fuzz", "1");
          ReadContract.located(FILE, read.problems(), Long.MAX_VALUE);
          if (read.ok()) {
            for (EmissionFactor f : read.value().factors()) {
              if (f.validTo() != null && f.validTo().isBefore(f.validFrom())) {
                throw new AssertionError("factor " + f.id() + " ends before it starts");
              }
            }
          }
        });
  }
}
