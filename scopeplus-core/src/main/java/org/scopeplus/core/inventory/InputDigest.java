package org.scopeplus.core.inventory;

/**
 * One input of a run and its content hash.
 *
 * @param name file name or source label
 * @param sha256 hex SHA-256 of its bytes
 * @param records how many records it gave
 */
public record InputDigest(String name, String sha256, long records) {}
