package org.scopeplus.energy;

import org.scopeplus.architecture.Module;
import org.scopeplus.architecture.ModuleArchitectureTest;

/**
 * The structure rules of DESIGN.md on this module: no package cycles, its arrows, its internals.
 */
class ArchitectureTest extends ModuleArchitectureTest {

  ArchitectureTest() {
    super(Module.ENERGY, org.scopeplus.energy.solar.Spa.class);
  }
}
