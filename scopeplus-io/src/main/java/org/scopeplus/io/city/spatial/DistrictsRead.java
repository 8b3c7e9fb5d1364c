package org.scopeplus.io.city.spatial;

import java.util.List;
import org.scopeplus.core.problem.Problem;

/** What reading a district GeoJSON file gave: the districts, or the problems that refused it. */
public sealed interface DistrictsRead {

  /** Every district read and valid. */
  record Read(List<District> districts) implements DistrictsRead {
    public Read {
      districts = List.copyOf(districts);
    }
  }

  /** The file refused; nothing of it is kept. */
  record Refused(List<Problem> problems) implements DistrictsRead {
    public Refused {
      problems = List.copyOf(problems);
    }
  }
}
