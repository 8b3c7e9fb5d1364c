package org.scopeplus.energy.load;

/** A meter or temperature file that cannot be read, naming the file, the row and the field. */
public final class MeterFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MeterFileException(String message) {
    super(message);
  }
}
