package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The SHA-256 of each activity file, taken on a thread of its own from the buffers the workers read
 * the chunks into, so the file is read once. The thread hashes each file's header itself, then the
 * file's chunks in order as the workers hand them over; a worker takes a buffer from a small pool
 * before it takes a chunk, so at most {@link #BUFFERS} chunks wait to be hashed.
 */
final class OrderedDigests extends Thread {

  /** Buffers in the pool: the chunks read and not yet hashed, at most. */
  static final int BUFFERS = 6;

  private final List<ActivityFileScan> files;
  private final List<CsvChunk> chunks;
  private final AtomicReferenceArray<byte[]> read;
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final Object handed = new Object();
  private volatile boolean abandoned;
  private volatile Throwable failure;

  /**
   * @param files the files with chunks, in order
   * @param chunks every chunk of every file, in file and position order
   */
  OrderedDigests(List<ActivityFileScan> files, List<CsvChunk> chunks) {
    super("scopeplus-sha256");
    setDaemon(true);
    this.files = files;
    this.chunks = chunks;
    this.read = new AtomicReferenceArray<>(chunks.size());
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new byte[0]);
    }
  }

  /** A buffer for the next chunk a worker takes (it may be too small: the worker grows it). */
  byte[] buffer() throws IOException {
    try {
      byte[] b = null;
      while (b == null) {
        if (abandoned) {
          throw new IOException("the input's SHA-256 was abandoned");
        }
        b = free.poll(100, TimeUnit.MILLISECONDS);
      }
      return b;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a buffer", e);
    }
  }

  /** Gives back a buffer a worker took but did not use. */
  void unused(byte[] buffer) {
    free.add(buffer);
  }

  /** Hands over the bytes of chunk {@code index}, read into {@code buffer}, to be hashed. */
  void chunkRead(int index, byte[] buffer) {
    read.set(index, buffer);
    synchronized (handed) {
      handed.notifyAll();
    }
  }

  /** Stops waiting for chunks (a worker failed). */
  void abandon() {
    abandoned = true;
    synchronized (handed) {
      handed.notifyAll();
    }
  }

  @Override
  public void run() {
    try {
      int next = 0;
      for (ActivityFileScan scan : files) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        hashHead(scan, digest);
        while (next < chunks.size() && chunks.get(next).file == scan) {
          CsvChunk c = chunks.get(next);
          byte[] b = take(next);
          if (b == null) {
            return;
          }
          digest.update(b, 0, Math.toIntExact(c.end - c.start));
          read.set(next, null);
          free.add(b);
          next++;
        }
        scan.sha256 = HexFormat.of().formatHex(digest.digest());
      }
    } catch (NoSuchAlgorithmException e) {
      failure = new IllegalStateException("SHA-256 is required of every JVM", e);
    } catch (Throwable e) {
      failure = e;
    }
  }

  private byte[] take(int index) throws InterruptedException {
    synchronized (handed) {
      byte[] b;
      while ((b = read.get(index)) == null) {
        if (abandoned) {
          return null;
        }
        handed.wait(100);
      }
      return b;
    }
  }

  private static void hashHead(ActivityFileScan scan, MessageDigest digest) throws IOException {
    try (FileChannel ch = FileChannel.open(scan.path, StandardOpenOption.READ)) {
      ByteBuffer bb = ByteBuffer.allocate((int) scan.dataStart);
      while (bb.hasRemaining()) {
        if (ch.read(bb, bb.position()) < 0) {
          throw new IOException(scan.name + " changed while it was read");
        }
      }
      digest.update(bb.array());
    }
  }

  /** Waits for the hashes; throws what went wrong on the thread. */
  void finish() throws IOException {
    try {
      join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing the input", e);
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException r) {
      throw r;
    }
    if (failure instanceof Error err) {
      throw err;
    }
  }
}
