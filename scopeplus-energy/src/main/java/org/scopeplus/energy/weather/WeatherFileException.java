package org.scopeplus.energy.weather;

/** A weather file that cannot be read, naming the file, the line and the field. */
public final class WeatherFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WeatherFileException(String message) {
    super(message);
  }
}
