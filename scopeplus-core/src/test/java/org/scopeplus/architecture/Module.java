package org.scopeplus.architecture;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The modules of the house and the arrows between them (DESIGN.md, "The shape of the house"): core
 * &lt;- io &lt;- store &lt;- server, with flink on io and cli on server; energy on core only, used
 * by cli, server and flink (the nightly energy batch on Flink). Nothing imports server or cli
 * except the benchmarks, which measure every layer; nothing imports the benchmarks.
 */
public enum Module {
  CORE("core"),
  IO("io", CORE),
  ENERGY("energy", CORE),
  STORE("store", CORE, IO),
  SERVER("server", CORE, IO, STORE, ENERGY),
  FLINK("flink", CORE, IO, ENERGY),
  CLI("cli", CORE, IO, STORE, SERVER, ENERGY),
  BENCH("bench", CORE, IO, STORE, SERVER, CLI, ENERGY);

  private final String name;
  private final List<Module> below;

  Module(String name, Module... below) {
    this.name = name;
    this.below = List.of(below);
  }

  /** The root package of the module's classes, e.g. {@code org.scopeplus.store}. */
  public String rootPackage() {
    return "org.scopeplus." + name;
  }

  /** The modules this one may import. */
  public Set<Module> below() {
    return below.isEmpty() ? EnumSet.noneOf(Module.class) : EnumSet.copyOf(below);
  }

  /** The root packages this module must not import: every other module not below it. */
  public List<String> forbiddenPackages() {
    return EnumSet.complementOf(EnumSet.copyOf(below())).stream()
        .filter(m -> m != this)
        .map(Module::rootPackage)
        .toList();
  }
}
