package org.scopeplus.energy;

import org.scopeplus.architecture.Module;
import org.scopeplus.architecture.ModuleArchitectureTest;

/**
 * The structure rules of DESIGN.md on this module: it is part of energy (same root package and
 * arrows), kept apart only for its library's size.
 */
class ArchitectureTest extends ModuleArchitectureTest {

  ArchitectureTest() {
    super(Module.ENERGY, org.scopeplus.energy.load.boosted.BoostedTrees.class);
  }
}
