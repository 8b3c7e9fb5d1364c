/** Keeps a city's targets with their yearly actuals, and its scenarios of measures. */
package org.scopeplus.store.city.targets;
