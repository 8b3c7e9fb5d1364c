/**
 * City targets and scenarios of measures (Carbon Eye): peak-year, absolute, per-capita, per-GDP and
 * neutrality targets of a city with their pathway, actuals, gap, projection and status, built on
 * the company module's pathways and least-squares projection; and scenarios whose measures
 * (electrification, building retrofits, rooftop PV) reduce a baseline in whole grams, with their
 * costs and marginal abatement cost order. Pure domain: callers hand it the yearly actuals and the
 * measures, and receive values.
 */
package org.scopeplus.core.city.targets;
