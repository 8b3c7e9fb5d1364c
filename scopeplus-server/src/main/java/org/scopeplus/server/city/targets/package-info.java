/** A city's targets and scenarios of measures: the API and the console page. */
package org.scopeplus.server.city.targets;
