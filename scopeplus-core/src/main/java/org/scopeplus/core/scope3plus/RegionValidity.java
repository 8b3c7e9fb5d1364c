package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a methodology counts: the regions its parameters hold in, the regions inside them where the
 * action is business as usual (so nothing is avoided there), and the parameters it uses outside
 * their own region, each with the reason the transfer is accepted. An event outside the regions is
 * refused ({@link RejectionReason#REGION_NOT_COVERED}), one in a business-as-usual region too
 * ({@link RejectionReason#BUSINESS_AS_USUAL}); a parameter whose region does not hold in the
 * methodology's regions and has no stated transfer makes the methodology invalid, so a UK car
 * factor is never used for China unnoticed.
 *
 * @param regions the regions the methodology counts in ({@code GLOBAL} for anywhere)
 * @param businessAsUsual region to the reason the action is business as usual there
 * @param transfers parameter key to the reason it is used outside its own region
 */
public record RegionValidity(
    List<String> regions, Map<String, String> businessAsUsual, Map<String, String> transfers) {

  public RegionValidity {
    regions = List.copyOf(regions);
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("a methodology counts in at least one region");
    }
    for (String r : regions) {
      if (r.isBlank()) {
        throw new IllegalArgumentException("a methodology's region is never blank");
      }
    }
    businessAsUsual = Collections.unmodifiableMap(new LinkedHashMap<>(businessAsUsual));
    transfers = Collections.unmodifiableMap(new LinkedHashMap<>(transfers));
  }

  /** Anywhere, with nothing business as usual and no transfer (parameters that are GLOBAL). */
  public static RegionValidity anywhere() {
    return new RegionValidity(List.of(Regions.GLOBAL), Map.of(), Map.of());
  }

  /** Counting in {@code regions} only. */
  public static RegionValidity in(String... regions) {
    return new RegionValidity(List.of(regions), Map.of(), Map.of());
  }

  /** True when an event in {@code region} ("" when the event names none) is inside the regions. */
  public boolean covers(String region) {
    for (String r : regions) {
      if (Regions.contains(r, region) && (!region.isEmpty() || r.equals(Regions.GLOBAL))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The business-as-usual region containing {@code region}, or null; an event naming no region is
   * judged inside one when the methodology has any (it may be there).
   */
  public String businessAsUsualIn(String region) {
    for (String r : businessAsUsual.keySet()) {
      if (region.isEmpty() || Regions.contains(r, region)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The region of {@code p} when it lies strictly inside one of the methodology's regions and holds
   * in none of them whole (a province's grid factor in a methodology counting in the whole
   * country): such a parameter is a regional value, used for events in its region only; null
   * otherwise (a parameter without a region, GLOBAL, of a methodology region or one containing it,
   * or transferred).
   */
  public String subRegionOf(Parameter p) {
    String r = p.region();
    if (r.isEmpty() || r.contains("/") || transfers.containsKey(p.key())) {
      return null;
    }
    boolean inside = false;
    for (String own : regions) {
      if (p.holdsIn(own)) {
        return null;
      }
      inside |= !own.equals(r) && Regions.contains(own, r);
    }
    return inside ? r : null;
  }

  /**
   * Parameters that do not hold in every region of the methodology and have no stated transfer, as
   * sentences naming the parameter, its region and the methodology's.
   */
  public List<String> problems(Map<String, Parameter> parameters) {
    List<String> out = new ArrayList<>();
    for (var e : parameters.entrySet()) {
      Parameter p = e.getValue();
      if (transfers.containsKey(p.key())) {
        continue;
      }
      for (String r : regions) {
        if (!p.holdsIn(r)) {
          out.add(
              "parameter "
                  + p.key()
                  + " ("
                  + e.getKey()
                  + ") holds in "
                  + p.region()
                  + ", not in "
                  + r
                  + ", and no transfer to "
                  + r
                  + " is stated");
          break;
        }
      }
    }
    for (String key : transfers.keySet()) {
      if (parameters.values().stream().noneMatch(p -> p.key().equals(key))) {
        out.add("a transfer is stated for " + key + ", which the methodology does not use");
      }
    }
    return out;
  }

  static RegionValidity requireNonNull(RegionValidity v) {
    return Objects.requireNonNull(v, "validity");
  }
}
