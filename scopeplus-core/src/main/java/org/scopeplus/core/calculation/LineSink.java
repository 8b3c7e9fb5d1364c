package org.scopeplus.core.calculation;

/** Receives result lines as the engine makes them. */
@FunctionalInterface
public interface LineSink {
  void accept(ResultLine line);
}
