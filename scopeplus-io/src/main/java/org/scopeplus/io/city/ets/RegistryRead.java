package org.scopeplus.io.city.ets;

import java.util.List;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.problem.Problem;

/** What reading a registry folder gave: the registry replayed, or the problems that refused it. */
public sealed interface RegistryRead {

  record Read(EtsLedger ledger) implements RegistryRead {}

  record Refused(List<Problem> problems) implements RegistryRead {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
