package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityType;

/** Every built-in activity type has one zh-CN name, and no name is left for a type that is gone. */
class ActivityTypeNamesZhCnTest {

  @Test
  void everyActivityTypeHasAChineseNameAndEveryNameAType() {
    Map<String, String> names = BuiltInReferenceData.activityTypeNamesZhCn();
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (ActivityType t : BuiltInReferenceData.load().catalog().types()) {
      keys.add(t.key());
      assertThat(names.get(t.key())).as(t.key()).isNotBlank();
      assertThat(names.get(t.key()).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF))
          .as(t.key())
          .isTrue();
    }
    assertThat(names.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    // glossary wording: 购入电力 for purchased electricity, 雇员通勤 for employee commuting
    assertThat(names.get("s2.electricity")).isEqualTo("购入电力");
    assertThat(names.get("s3.c7.underground")).isEqualTo("雇员通勤：地铁");
  }
}
