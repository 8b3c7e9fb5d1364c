package org.scopeplus.io.disclosure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the Chinese report's font is: the file named by {@code SCOPEPLUS_CJK_FONT} (or the system
 * property {@code scopeplus.cjkFont}), else Debian's WenQuanYi Micro Hei (package {@code
 * fonts-wqy-microhei}, Apache-2.0 or GPLv3 with the font exception) or Noto Sans CJK. The font is
 * embedded (subset) in the PDF, so the reader needs no font of their own.
 */
public final class CjkFont {

  /** Debian's WenQuanYi Micro Hei, the font the CI machine installs. */
  public static final String DEBIAN_WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

  private static final List<String> CANDIDATES =
      List.of(
          DEBIAN_WQY,
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc");

  private CjkFont() {}

  /**
   * The font file as OpenPDF names it ({@code file.ttc,0} for a collection), or empty when none is
   * found.
   */
  public static Optional<String> locate() {
    String named = System.getenv("SCOPEPLUS_CJK_FONT");
    if (named == null || named.isBlank()) {
      named = System.getProperty("scopeplus.cjkFont");
    }
    if (named != null && !named.isBlank()) {
      return Files.isRegularFile(Path.of(named))
          ? Optional.of(openPdfName(named))
          : Optional.empty();
    }
    for (String c : CANDIDATES) {
      if (Files.isRegularFile(Path.of(c))) {
        return Optional.of(openPdfName(c));
      }
    }
    return Optional.empty();
  }

  private static String openPdfName(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? file + ",0" : file;
  }
}
