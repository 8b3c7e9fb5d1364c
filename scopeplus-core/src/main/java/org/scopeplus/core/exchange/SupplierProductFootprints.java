package org.scopeplus.core.exchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.calculation.SupplierFootprints;

/**
 * Suppliers' PACT footprints by product id, for a calculation: a record naming a product takes the
 * footprint of that product that is Active and valid on the first day of the record's period. When
 * several are (two companies, or overlapping versions), the one created last is used, and the trace
 * says so. Superseded (Deprecated) and expired footprints are passed over; when none is left, the
 * record is refused with the reason of each, never calculated with an average factor on the quiet.
 * Product ids match without regard to case, as the PACT filters do.
 */
public final class SupplierProductFootprints implements SupplierFootprints {

  private final Map<String, List<Map<?, ?>>> byProduct = new HashMap<>();

  private SupplierProductFootprints() {}

  /** The footprints, each of which passed {@link FootprintRules#check}. */
  public static SupplierProductFootprints of(List<? extends Map<?, ?>> footprints) {
    SupplierProductFootprints out = new SupplierProductFootprints();
    for (Map<?, ?> pf : footprints) {
      for (String product : FootprintKeys.of(pf).productIds()) {
        out.byProduct.computeIfAbsent(product, k -> new ArrayList<>()).add(pf);
      }
    }
    return out;
  }

  /** How many distinct product ids have a footprint. */
  public int products() {
    return byProduct.size();
  }

  @Override
  public Choice choose(String productId, LocalDate day) {
    List<Map<?, ?>> candidates = byProduct.get(productId.strip().toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return SupplierFootprints.NONE.choose(productId, day);
    }
    List<String> reasons = new ArrayList<>();
    List<Usable> usable = new ArrayList<>();
    for (Map<?, ?> pf : candidates) {
      SupplierFootprintFactor.Outcome outcome =
          SupplierFootprintFactor.of(pf, day.atStartOfDay(ZoneOffset.UTC).toInstant());
      if (outcome instanceof SupplierFootprintFactor.Outcome.Usable u) {
        usable.add(new Usable(FootprintKeys.of(pf), u));
      } else {
        reasons.add(((SupplierFootprintFactor.Outcome.Refused) outcome).reason());
      }
    }
    if (usable.isEmpty()) {
      return new Choice.NotUsable(
          "no footprint of supplier product "
              + productId
              + " can be used for "
              + day
              + ": "
              + String.join("; ", reasons)
              + " (clear supplier_product_id to use the average factor instead)");
    }
    usable.sort(
        Comparator.comparing((Usable u) -> u.keys.created())
            .thenComparing(u -> u.keys.id())
            .reversed());
    Usable chosen = usable.get(0);
    String note = chosen.factor.note() + " for product " + productId;
    if (usable.size() > 1) {
      note += "; the latest created of " + usable.size() + " footprints valid on " + day;
    }
    return new Choice.Chosen(chosen.factor.kgCo2ePerUnit(), chosen.factor.perUnit(), note);
  }

  private record Usable(FootprintKeys keys, SupplierFootprintFactor.Outcome.Usable factor) {}
}
