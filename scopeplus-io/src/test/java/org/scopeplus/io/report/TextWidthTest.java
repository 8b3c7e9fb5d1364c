package org.scopeplus.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese names take two columns a character, so padding keeps table columns aligned. */
class TextWidthTest {

  @Test
  void wideCharactersTakeTwoColumns() {
    assertThat(TextWidth.of("Group/Cloud")).isEqualTo(11);
    // 集团 (2 characters) + "/" + 杭州数据中心 (6 characters): 2 x 8 + 1 = 17 columns
    assertThat(TextWidth.of("集团/杭州数据中心")).isEqualTo(17);
    assertThat(TextWidth.of("ＡＢ")).isEqualTo(4);
    assertThat(TextWidth.of("東京")).isEqualTo(4);
    assertThat(TextWidth.of("서울")).isEqualTo(4);
    assertThat(TextWidth.of("é")).isEqualTo(1);
  }

  @Test
  void paddingReachesTheSameColumnForAnyScript() {
    String latin = TextWidth.padRight("Group/Cloud", 20) + "|";
    String chinese = TextWidth.padRight("集团/杭州数据中心", 20) + "|";
    assertThat(TextWidth.of(latin)).isEqualTo(21);
    assertThat(TextWidth.of(chinese)).isEqualTo(21);
    assertThat(chinese).isEqualTo("集团/杭州数据中心   |");
    assertThat(TextWidth.padLeft("1.5", 6)).isEqualTo("   1.5");
  }

  @Test
  void aLongNameKeepsItsEndWithinTheWidth() {
    String cut = TextWidth.tail("集团/华东区域/浙江省/杭州数据中心", 12);
    assertThat(cut).startsWith("...").endsWith("数据中心");
    assertThat(TextWidth.of(cut)).isLessThanOrEqualTo(12);
    assertThat(TextWidth.tail("short", 12)).isEqualTo("short");
  }
}
