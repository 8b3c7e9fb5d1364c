package org.scopeplus.store.run;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.scopeplus.core.calculation.ResultLine;

/**
 * A run on two threads: a worker reads, parses and calculates the records on the run's reader
 * connection and hands the lines it makes over in batches, in order, each with its formula's text
 * (made on the worker, which has the lighter part of the work); the caller's thread, which alone
 * uses the run's own connection, numbers, hashes and writes them as they come. At most {@link
 * #BATCHES} batches of about {@link #BATCH_LINES} lines wait at once, so the heap stays bounded
 * whatever the number of records. A failure on either side ends the other: the worker's failure is
 * thrown on the caller's thread as it was thrown, and a failure of the caller's stops the worker;
 * either way the worker has ended when {@link #run} returns or throws.
 */
final class LineHandoff {

  /** Lines a batch holds before it is handed over (a record's lines are never split). */
  static final int BATCH_LINES = 4096;

  /** Batches that may wait for the writing thread. */
  static final int BATCHES = 4;

  /** The worker's part: reads and calculates every record, handing each record's lines over. */
  @FunctionalInterface
  interface Reading {
    void read(LineHandoff handoff) throws SQLException;
  }

  /** The caller's part: writes one line, given the text of its formula. */
  @FunctionalInterface
  interface Writing {
    void write(ResultLine line, String formula) throws SQLException;
  }

  /** The end of the worker's lines. */
  private static final Object END = new Object();

  /** What ended the worker. */
  private record Failure(Throwable cause) {}

  /** Thrown on the worker when the caller has stopped it. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the run's writing stopped", null, false, false);
    }
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
  private volatile boolean stopped;

  /** A line, then the text of its formula, and so on. */
  private List<Object> batch = new ArrayList<>(2 * (BATCH_LINES + 16));

  private LineHandoff() {}

  /**
   * Runs {@code reading} on a new thread named {@code name} and writes the lines it hands over with
   * {@code writing} on this one, in the order they were handed over.
   */
  static void run(String name, Reading reading, Writing writing) throws SQLException {
    LineHandoff handoff = new LineHandoff();
    Thread worker = new Thread(() -> handoff.work(reading), name);
    worker.setDaemon(true);
    worker.start();
    boolean interrupted = false;
    try {
      while (true) {
        Object next;
        try {
          next = handoff.queue.take();
        } catch (InterruptedException e) {
          // as on one thread, the run goes on; the interrupt is kept for the caller
          interrupted = true;
          continue;
        }
        if (next == END) {
          return;
        }
        if (next instanceof Failure f) {
          throw rethrown(f.cause());
        }
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) next;
        for (int i = 0; i < lines.size(); i += 2) {
          writing.write((ResultLine) lines.get(i), (String) lines.get(i + 1));
        }
      }
    } finally {
      handoff.stopped = true;
      // a worker waiting for room finds it, or sees it is stopped within its next wait
      handoff.queue.clear();
      while (true) {
        try {
          worker.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Hands a record's lines over (the worker). */
  void add(List<ResultLine> lines) {
    for (ResultLine line : lines) {
      batch.add(line);
      batch.add(line.formula());
    }
    if (batch.size() >= 2 * BATCH_LINES) {
      hand(batch);
      batch = new ArrayList<>(2 * (BATCH_LINES + 16));
    }
  }

  /** Throws {@link Stopped} once the caller has stopped (the worker, between records). */
  void check() {
    if (stopped) {
      throw new Stopped();
    }
  }

  private void work(Reading reading) {
    try {
      reading.read(this);
      if (!batch.isEmpty()) {
        hand(batch);
      }
      hand(END);
    } catch (Stopped s) {
      // the caller stopped the run: it has its own failure to throw
    } catch (Throwable t) {
      try {
        hand(new Failure(t));
      } catch (Stopped s) {
        // the caller has stopped already and throws its own failure
      }
    }
  }

  private void hand(Object o) {
    try {
      while (!queue.offer(o, 20, TimeUnit.MILLISECONDS)) {
        check();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
    check();
  }

  private static SQLException rethrown(Throwable t) {
    if (t instanceof SQLException e) {
      return e;
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }
}
