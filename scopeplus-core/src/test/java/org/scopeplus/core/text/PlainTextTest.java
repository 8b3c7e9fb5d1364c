package org.scopeplus.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void lettersOfAnyScriptTabsAndLineBreaksArePlain() {
    assertThat(PlainText.isPlain("Group/Cloud/杭州数据中心 \t\r\n ü €")).isTrue();
    assertThat(PlainText.problem("")).isNull();
  }

  @Test
  void aNulIsRefusedWithItsPosition() {
    assertThat(PlainText.firstRefused("ab\u0000c")).isEqualTo(2);
    assertThat(PlainText.problem("ab\u0000c"))
        .isEqualTo("holds a NUL character (U+0000) at character 3; remove it");
  }

  @Test
  void everyOtherC0ControlCharacterIsRefused() {
    for (char c = 1; c < ' '; c++) {
      boolean allowed = c == '\t' || c == '\n' || c == '\r';
      assertThat(PlainText.isPlain("x" + c)).as("U+%04X", (int) c).isEqualTo(allowed);
    }
    assertThat(PlainText.problem("\u001B[31m")).contains("a control character (U+001B)");
  }

  @Test
  void theMarkOfUndecodableBytesIsRefusedAsNotUtf8() {
    assertThat(PlainText.problem("caf" + PlainText.UNDECODABLE))
        .isEqualTo("is not valid UTF-8 text at character 4; save the file as UTF-8");
  }
}
