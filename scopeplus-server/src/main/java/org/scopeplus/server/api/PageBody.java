package org.scopeplus.server.api;

import java.util.List;
import java.util.function.Function;
import org.scopeplus.store.Page;

/**
 * One page of a list as the API returns it.
 *
 * @param items the items
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many items there are in all
 */
public record PageBody<T>(List<T> items, int page, int size, long total) {
  public static <S, T> PageBody<T> of(Page<S> page, Function<S, T> view) {
    return new PageBody<>(
        page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
  }
}
