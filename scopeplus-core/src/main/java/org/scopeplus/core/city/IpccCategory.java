package org.scopeplus.core.city;

import java.util.List;

/**
 * An IPCC 2006 category a GPC line maps to.
 *
 * @param code the category code(s), e.g. {@code 1.A.4.b} or {@code 2.D, 2.F, 2.G}
 * @param title the category's title in the IPCC 2006 Guidelines
 * @param references the GPC scope 1 reference numbers that map to it
 */
public record IpccCategory(String code, String title, List<String> references) {
  public IpccCategory {
    references = List.copyOf(references);
  }
}
