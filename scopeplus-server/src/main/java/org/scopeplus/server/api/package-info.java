/**
 * The REST API under {@code /api/v1}: every request works within the caller's tenant (another
 * tenant's ids are not found), lists are paged, and every error is an RFC 9457 problem.
 */
package org.scopeplus.server.api;
