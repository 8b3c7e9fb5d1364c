package org.scopeplus.core.inventory;

/**
 * A factor library a run used.
 *
 * @param name library name
 * @param version library version
 * @param sha256 hex SHA-256 of its content
 */
public record LibraryDigest(String name, String version, String sha256) {}
