package org.scopeplus.io.city.monitor;

import java.util.List;
import org.scopeplus.core.city.monitor.DailyProxy;
import org.scopeplus.core.problem.Problem;

/** What reading a proxy file gave: every row, or the problems that refused the whole file. */
public sealed interface ProxiesRead {

  record Read(List<DailyProxy> proxies) implements ProxiesRead {
    public Read {
      proxies = List.copyOf(proxies);
    }
  }

  record Refused(List<Problem> problems) implements ProxiesRead {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
