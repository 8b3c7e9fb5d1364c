package org.scopeplus.core.scope3plus;

/**
 * One line of a personal account's history: an event counted for the actor.
 *
 * @param eventId the event id
 * @param epochDay the UTC day of the action
 * @param programme the programme
 * @param action the action type
 * @param region the region
 * @param grams grams CO2e avoided
 * @param points points credited, in millionths of a point ({@link Points})
 */
public record AccountEntry(
    String eventId,
    int epochDay,
    String programme,
    String action,
    String region,
    long grams,
    long points) {}
