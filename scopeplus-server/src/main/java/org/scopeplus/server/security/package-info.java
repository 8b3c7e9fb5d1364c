/**
 * Who is calling: local users with hashed passwords (HTTP Basic) and API tokens stored hashed
 * (Bearer), login throttling, roles, and RFC 9457 answers for 401, 403 and 429.
 */
package org.scopeplus.server.security;
