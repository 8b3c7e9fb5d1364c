package org.scopeplus.io.run;

import java.util.List;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;

/**
 * A trace sink that turns result lines into the bytes it writes in two steps, so that a job
 * streaming lines on several threads can render batches of lines on its workers and have only the
 * writing done in order on one thread. {@link #accept} is {@code write(render(List.of(line)), 1)}.
 */
public interface RenderingLineSink extends LineSink {

  /**
   * The bytes of consecutive lines, as {@link #write} expects them; called on any thread, for
   * several batches at once.
   */
  byte[] render(List<ResultLine> lines);

  /** Writes the rendered bytes of {@code lines} lines, in the order the lines were made. */
  void write(byte[] rendered, int lines);

  @Override
  default void accept(ResultLine line) {
    write(render(List.of(line)), 1);
  }
}
