package org.scopeplus.store;

/**
 * Which page of a list to read.
 *
 * @param page from 0
 * @param size 1 to 1000
 */
public record PageRequest(int page, int size) {
  public static final int MAX_SIZE = 1000;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
