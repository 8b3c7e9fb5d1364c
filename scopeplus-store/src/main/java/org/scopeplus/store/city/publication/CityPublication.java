package org.scopeplus.store.city.publication;

/**
 * How a city tenant shows itself on its public page: the page's slug, the city's name, whether the
 * page is published, the licence its open data is given under, and its population and GDP (null
 * when not given) for the per-capita and per-GDP figures.
 */
public record CityPublication(
    String tenantId,
    String slug,
    String name,
    boolean published,
    String licence,
    Double population,
    Double gdp) {}
