package org.scopeplus.energy.load;

/**
 * A kind of load model that another module provides (through {@link java.util.ServiceLoader}), so
 * that a model whose library is too large for this module is fitted by name like the CalTRACK ones
 * wherever that module is on the class path (the command line), and is simply absent where it is
 * not (the nightly batch, the service).
 */
public interface LoadModelKind {

  /** The name the command line takes, e.g. {@code gbt}. */
  String name();

  /** Fits on the metered hours of the training data; refuses data it cannot fit. */
  LoadModel fit(LoadData train);
}
