package org.scopeplus.core.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The activity types a calculation knows, by key, and the blends among them: a blend type (B20,
 * E85) is calculated as its parts ({@link BlendPart}), each a type of the catalog.
 */
public final class ActivityCatalog {

  /** The origin of the types that come with ScopePlus. */
  public static final String BUILT_IN = "built-in";

  private final Map<String, ActivityType> types;
  private final Map<String, List<BlendPart>> blends;
  // the origin of each type that does not come with ScopePlus: the user library declaring it
  private final Map<String, String> declaredIn;

  private ActivityCatalog(
      Map<String, ActivityType> types,
      Map<String, List<BlendPart>> blends,
      Map<String, String> declaredIn) {
    this.types = types;
    this.blends = blends;
    this.declaredIn = declaredIn;
  }

  /** A catalog of these types; keys must be unique. */
  public static ActivityCatalog of(List<ActivityType> types) {
    return of(types, Map.of());
  }

  /**
   * A catalog of these types and blends. Every blend is a type of the catalog whose parts are other
   * types of the catalog, none a blend itself, of the blend's scope, taking the blend's units; the
   * shares add up to 1.
   */
  public static ActivityCatalog of(List<ActivityType> types, Map<String, List<BlendPart>> blends) {
    Map<String, ActivityType> map = new LinkedHashMap<>();
    for (ActivityType t : types) {
      if (map.put(t.key(), t) != null) {
        throw new IllegalArgumentException("activity type " + t.key() + " appears twice");
      }
    }
    Map<String, List<BlendPart>> checked = new LinkedHashMap<>();
    blends.forEach(
        (key, parts) -> {
          ActivityType blend = map.get(key);
          if (blend == null) {
            throw new IllegalArgumentException("blend " + key + " is not an activity type");
          }
          if (parts.isEmpty()) {
            throw new IllegalArgumentException("blend " + key + " has no parts");
          }
          java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
          for (BlendPart part : parts) {
            ActivityType t = map.get(part.typeKey());
            if (t == null || blends.containsKey(part.typeKey())) {
              throw new IllegalArgumentException(
                  "blend " + key + ": part " + part.typeKey() + " is not a pure activity type");
            }
            if (t.scope() != blend.scope()
                || !t.quantityKinds().containsAll(blend.quantityKinds())) {
              throw new IllegalArgumentException(
                  "blend "
                      + key
                      + ": part "
                      + part.typeKey()
                      + " has another scope or does not take the blend's units");
            }
            sum = sum.add(java.math.BigDecimal.valueOf(part.fraction()));
          }
          if (sum.compareTo(java.math.BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException(
                "blend " + key + ": the shares of its parts add up to " + sum + ", not 1");
          }
          checked.put(key, List.copyOf(parts));
        });
    return new ActivityCatalog(map, Map.copyOf(checked), Map.of());
  }

  /**
   * This catalog and the types a user library declares, each remembered as declared there. A key
   * already in the catalog is refused: a user library adds types, it never redefines one.
   *
   * @param library the name of the user library, as the catalog and the trace show it
   */
  public ActivityCatalog withDeclaredTypes(List<ActivityType> declared, String library) {
    Map<String, ActivityType> map = new LinkedHashMap<>(types);
    Map<String, String> origins = new LinkedHashMap<>(declaredIn);
    for (ActivityType t : declared) {
      if (map.put(t.key(), t) != null) {
        throw new IllegalArgumentException(
            "activity type " + t.key() + " of " + library + " is already in the catalog");
      }
      origins.put(t.key(), library);
    }
    return new ActivityCatalog(map, blends, Map.copyOf(origins));
  }

  /** Where a type comes from: {@link #BUILT_IN}, or the user library that declared it. */
  public String origin(String key) {
    return declaredIn.getOrDefault(key, BUILT_IN);
  }

  /** True when a user library declared the type. */
  public boolean isDeclared(String key) {
    return declaredIn.containsKey(key);
  }

  public Optional<ActivityType> type(String key) {
    return Optional.ofNullable(types.get(key));
  }

  public Collection<ActivityType> types() {
    return types.values();
  }

  /** The parts of a blend type, or an empty list for a pure type. */
  public List<BlendPart> blend(String key) {
    return blends.getOrDefault(key, List.of());
  }

  /** Every blend, by its type key. */
  public Map<String, List<BlendPart>> blends() {
    return blends;
  }
}
