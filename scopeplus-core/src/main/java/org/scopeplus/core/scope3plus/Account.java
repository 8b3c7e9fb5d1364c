package org.scopeplus.core.scope3plus;

/**
 * A personal carbon account: a pseudonymous actor's balance of grams avoided and points.
 *
 * @param actor the pseudonymous actor id
 * @param grams grams CO2e avoided, all programmes
 * @param points points credited, each event at its programme's rate, in millionths of a point
 *     ({@link Points})
 * @param events events counted
 */
public record Account(String actor, long grams, long points, long events) {}
