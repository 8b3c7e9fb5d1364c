package org.scopeplus.core.scope3plus;

import java.nio.charset.StandardCharsets;

/**
 * Which region contains which: {@code GLOBAL} contains every region, a country ({@code CN}) its
 * sub-regions ({@code CN-GZ}), and a region itself. Regions are ISO 3166 codes and sub-regions as
 * events and parameters write them.
 */
public final class Regions {

  /** The region that contains all others. */
  public static final String GLOBAL = "GLOBAL";

  private Regions() {}

  /** True when {@code outer} contains {@code inner}. */
  public static boolean contains(String outer, String inner) {
    if (outer.equals(GLOBAL) || outer.equals(inner)) {
      return true;
    }
    return inner.length() > outer.length()
        && inner.startsWith(outer)
        && inner.charAt(outer.length()) == '-';
  }

  /**
   * {@link #contains} for an event region given as UTF-8 bytes, allocating nothing; {@code outer}
   * is the region's UTF-8 bytes, {@code global} whether it is {@link #GLOBAL}.
   */
  static boolean contains(byte[] outer, boolean global, byte[] b, int offset, int length) {
    if (global) {
      return true;
    }
    if (length < outer.length || (length > outer.length && b[offset + outer.length] != '-')) {
      return false;
    }
    for (int i = 0; i < outer.length; i++) {
      if (b[offset + i] != outer[i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] bytes(String region) {
    return region.getBytes(StandardCharsets.UTF_8);
  }
}
