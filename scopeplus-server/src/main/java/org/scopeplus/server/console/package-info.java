/**
 * The web console: server-rendered pages (Thymeleaf) in English and Simplified Chinese, with charts
 * drawn by ECharts served from the application itself. Every page reads and writes through the same
 * stores and services as the API under {@code /api/v1}, with the same role rules ({@link
 * org.scopeplus.server.security.Caller}), checked on the server for every page and action.
 */
package org.scopeplus.server.console;
