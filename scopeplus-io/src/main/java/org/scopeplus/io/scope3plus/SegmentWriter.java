package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Writes one segment file as its records arrive, in chunks, so the operating system writes back
 * while ingestion goes on and the sync at commit has little left to do. Keeps the CRC-32, the byte
 * count, the record count and the block checksums ({@link ActorIndex}) of what it wrote.
 */
final class SegmentWriter {

  /** Bytes buffered before they are handed to the file. */
  static final int CHUNK = 4 << 20;

  private final Path path;
  private final FileChannel channel;
  private final CRC32 crc = new CRC32();
  private final ActorIndex.Blocks blocks = new ActorIndex.Blocks();
  private long bytes;
  private int records;

  SegmentWriter(Path path) throws IOException {
    this.path = path;
    this.channel =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
  }

  /** Writes the buffered records and empties the buffer. */
  void spill(SegmentBuffer buffer) throws IOException {
    if (buffer.size == 0) {
      return;
    }
    crc.update(buffer.bytes, 0, buffer.size);
    blocks.update(buffer.bytes, 0, buffer.size);
    ByteBuffer b = ByteBuffer.wrap(buffer.bytes, 0, buffer.size);
    while (b.hasRemaining()) {
      channel.write(b);
    }
    bytes += buffer.size;
    records += buffer.records;
    buffer.clear();
  }

  /** Syncs the file to disk and closes it. */
  void finish() throws IOException {
    channel.force(true);
    channel.close();
  }

  /** Closes the file without syncing it, after a failed commit: it is not listed, so never read. */
  void abandon() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // the file is unlisted and deleted when the store is read again; nothing depends on it
    }
  }

  Path path() {
    return path;
  }

  long bytes() {
    return bytes;
  }

  int records() {
    return records;
  }

  long crc() {
    return crc.getValue();
  }

  /** The CRC-32 of each {@link ActorIndex#BLOCK} bytes written; call once, after the last spill. */
  int[] blocks() {
    return blocks.finish();
  }
}
