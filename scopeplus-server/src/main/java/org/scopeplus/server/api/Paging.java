package org.scopeplus.server.api;

import org.scopeplus.store.PageRequest;

/** Reads the {@code page} and {@code size} query parameters. */
final class Paging {

  static final int DEFAULT_SIZE = 50;

  private Paging() {}

  static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw ApiProblem.badRequest("page must be 0 or more");
    }
    if (s < 1 || s > PageRequest.MAX_SIZE) {
      throw ApiProblem.badRequest("size must be between 1 and " + PageRequest.MAX_SIZE);
    }
    return new PageRequest(p, s);
  }
}
