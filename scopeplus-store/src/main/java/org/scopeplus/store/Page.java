package org.scopeplus.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  public Page {
    items = List.copyOf(items);
  }

  /** Turns an item into another value, reading the database if need be. */
  @FunctionalInterface
  public interface Mapping<T, U> {
    U apply(T item) throws SQLException;
  }

  /** This page with every item replaced by what {@code f} makes of it. */
  public <U> Page<U> map(Mapping<T, U> f) throws SQLException {
    List<U> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return new Page<>(out, page, size, total);
  }
}
