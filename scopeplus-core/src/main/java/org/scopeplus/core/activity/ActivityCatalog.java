package org.scopeplus.core.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The activity types a calculation knows, by key. */
public final class ActivityCatalog {

  private final Map<String, ActivityType> types;

  private ActivityCatalog(Map<String, ActivityType> types) {
    this.types = types;
  }

  /** A catalog of these types; keys must be unique. */
  public static ActivityCatalog of(List<ActivityType> types) {
    Map<String, ActivityType> map = new LinkedHashMap<>();
    for (ActivityType t : types) {
      if (map.put(t.key(), t) != null) {
        throw new IllegalArgumentException("activity type " + t.key() + " appears twice");
      }
    }
    return new ActivityCatalog(map);
  }

  public Optional<ActivityType> type(String key) {
    return Optional.ofNullable(types.get(key));
  }

  public Collection<ActivityType> types() {
    return types.values();
  }
}
