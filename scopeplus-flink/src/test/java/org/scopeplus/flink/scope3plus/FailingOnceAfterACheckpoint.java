package org.scopeplus.flink.scope3plus;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * Passes lines through, slowly for the first thousand so that checkpoints complete, and throws
 * once, after a checkpoint has completed and 1,500 lines have passed: the job restarts from that
 * checkpoint (file positions and keyed state) and must still count every event once. Flags are
 * static: the mini cluster runs in the test's JVM.
 */
final class FailingOnceAfterACheckpoint extends RichMapFunction<String, String>
    implements CheckpointListener {

  private static final AtomicBoolean FAILED = new AtomicBoolean();
  private static final AtomicBoolean CHECKPOINTED = new AtomicBoolean();
  private static final AtomicLong LINES = new AtomicLong();

  static void reset() {
    FAILED.set(false);
    CHECKPOINTED.set(false);
    LINES.set(0);
  }

  static boolean failed() {
    return FAILED.get();
  }

  @Override
  public String map(String line) throws Exception {
    long n = LINES.incrementAndGet();
    if (!FAILED.get()) {
      if (n < 1_000) {
        Thread.sleep(1);
      }
      if (n > 1_500 && CHECKPOINTED.get() && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("failure injected after a checkpoint");
      }
    }
    return line;
  }

  @Override
  public void notifyCheckpointComplete(long checkpointId) {
    CHECKPOINTED.set(true);
  }
}
