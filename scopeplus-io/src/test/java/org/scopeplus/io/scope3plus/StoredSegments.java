package org.scopeplus.io.scope3plus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Rewrites a stored state's first segment as an earlier release would have written it. */
final class StoredSegments {

  private StoredSegments() {}

  /**
   * Passes each record of the first segment of the state in {@code state} to {@code record} (which
   * may change the bytes in place) and the segment's manifest entry to {@code entry}, then writes
   * the segment back with its new checksum in the manifest.
   */
  static void rewriteFirst(
      Path state, Consumer<ObjectNode> entry, BiConsumer<byte[], SegmentRecord> record)
      throws Exception {
    Path manifest = state.resolve("manifest.json");
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) json.readTree(manifest.toFile());
    ObjectNode seg = (ObjectNode) root.path("segments").get(0);
    entry.accept(seg);
    Path segment = state.resolve("segments").resolve(seg.path("name").asString());
    byte[] bytes = Files.readAllBytes(segment);
    SegmentRecord r = new SegmentRecord(bytes);
    while (r.next()) {
      record.accept(bytes, r);
    }
    Files.write(segment, bytes);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    seg.put("crc32", crc.getValue());
    Files.writeString(manifest, json.writeValueAsString(root));
  }

  /** Writes {@code v} little-endian at {@code at}. */
  static void put(byte[] b, int at, long v) {
    for (int i = 0; i < 8; i++) {
      b[at + i] = (byte) (v >>> (8 * i));
    }
  }
}
