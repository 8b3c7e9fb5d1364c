/** The ScopePlus service: Spring Boot, REST under /api/v1, security, health and metrics. */
package org.scopeplus.server;
