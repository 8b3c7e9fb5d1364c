package org.scopeplus.store.city.inventory;

import java.time.Instant;
import java.util.Map;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.gas.GasGroup;

/**
 * A GPC inventory as kept: its id (kept when a new sheet replaces it), the inventory, and the file
 * and user it came from.
 *
 * @param id the inventory's id
 * @param inventory the city, year and lines
 * @param fileName the reporting sheet it was read from
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record StoredInventory(
    String id, CityInventory inventory, String fileName, String uploadedBy, Instant uploadedAt) {

  /**
   * The canonical text of what the inventory says, as its audit entries record it: city, year,
   * file, then each reported line in the framework's order. Free texts are written with their
   * length first, so no text can imitate another line.
   */
  public String state() {
    return state(inventory, fileName);
  }

  /** The canonical text of an inventory read from a file; see {@link #state()}. */
  public static String state(CityInventory inventory, String fileName) {
    StringBuilder b = new StringBuilder();
    text(b.append("city="), inventory.city());
    b.append("|year=").append(inventory.year());
    text(b.append("|file="), fileName);
    for (GpcEntry e : inventory.entries().values()) {
      b.append('|').append(e.line().reference()).append('=');
      if (e instanceof GpcEntry.Estimated est) {
        b.append(est.co2eGrams()).append('g');
        for (Map.Entry<GasGroup, Long> g : est.gases().entrySet()) {
          b.append(',').append(g.getKey().key()).append(':').append(g.getValue());
        }
      } else if (e instanceof GpcEntry.Keyed k) {
        text(b.append(k.key().name()).append(':'), k.explanation());
      }
    }
    return b.toString();
  }

  private static void text(StringBuilder b, String s) {
    b.append(s.length()).append('"').append(s);
  }
}
