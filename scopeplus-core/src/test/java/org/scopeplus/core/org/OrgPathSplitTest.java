package org.scopeplus.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The path rule and the normal form read a path's levels without splitting it into strings; they
 * must say exactly what the split ({@code path.split("/", -1)}, each level stripped) says. Checked
 * against that split, written here again as the reference, over generated paths of slashes, dots,
 * spaces (ASCII, tab, ideographic), letters and Chinese, empty levels included.
 */
class OrgPathSplitTest {

  /** The path rule by the split. */
  private static String referenceProblem(String path) {
    String[] levels = path.split("/", -1);
    for (int i = 0; i < levels.length; i++) {
      String level = levels[i].strip();
      if (level.isEmpty()) {
        return "org-unit path '"
            + path
            + "' has an empty level (level "
            + (i + 1)
            + "); write levels separated by a single '/', e.g. Group/Cloud/DC-Hangzhou";
      }
      if (level.equals(".") || level.equals("..")) {
        return "org-unit path '"
            + path
            + "' has the level '"
            + level
            + "'; a path names each level, e.g. Group/Cloud/DC-Hangzhou";
      }
    }
    return null;
  }

  /** The normal form by the split. */
  private static String referenceNormal(String path) {
    StringBuilder b = new StringBuilder();
    for (String p : path.split("/", -1)) {
      String t = p.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(t);
    }
    return b.toString();
  }

  @Test
  void generatedPathsGiveTheSplitsProblemAndNormalForm() {
    String alphabet = "ab/. \t\u3000\u4e91-";
    Random random = new Random(42);
    for (int i = 0; i < 100_000; i++) {
      int n = random.nextInt(9);
      StringBuilder b = new StringBuilder(n);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String path = b.toString();
      assertThat(OrgPath.problem(path)).as("[%s]", path).isEqualTo(referenceProblem(path));
      assertThat(OrgStructure.normalise(path)).as("[%s]", path).isEqualTo(referenceNormal(path));
    }
  }

  @Test
  void aNormalPathIsItsOwnNormalForm() {
    assertThat(OrgStructure.normalise("Group/Cloud/DC-Hangzhou"))
        .isEqualTo("Group/Cloud/DC-Hangzhou");
    assertThat(OrgStructure.normalise(" Group / Cloud ")).isEqualTo("Group/Cloud");
    assertThat(OrgStructure.normalise("Group//Cloud/")).isEqualTo("Group/Cloud");
    assertThat(OrgStructure.normalise("")).isEmpty();
  }
}
