package org.scopeplus.cli;

import org.scopeplus.core.calculation.CalculationEngine;
import picocli.CommandLine.IVersionProvider;

/** Prints the engine version. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"scopeplus " + CalculationEngine.VERSION};
  }
}
