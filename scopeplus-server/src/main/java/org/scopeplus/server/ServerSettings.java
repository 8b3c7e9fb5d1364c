package org.scopeplus.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to start the service: port, where the data lives, and whether to load the demo company.
 *
 * @param port the HTTP port
 * @param dataDir the folder of the embedded H2 database (used when dbUrl is empty)
 * @param dbUrl a PostgreSQL (or H2) JDBC URL, or "" for the embedded database
 * @param dbUser the database user, or ""
 * @param dbPassword the database password, or ""
 * @param demo load the demo company and the demo city on first start
 * @param pactPort the HTTPS port of the PACT endpoints
 * @param pactKeystore a PKCS#12 key store for the PACT HTTPS port, or "" for a self-signed
 *     certificate made in the data folder (demo and development)
 * @param pactKeystorePassword the key store's password, or ""
 */
public record ServerSettings(
    int port,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    boolean demo,
    int pactPort,
    String pactKeystore,
    String pactKeystorePassword) {

  /** The Spring properties these settings stand for. */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", Integer.toString(port));
    p.put("scopeplus.data-dir", dataDir.toAbsolutePath().toString());
    p.put("scopeplus.db.url", dbUrl == null ? "" : dbUrl);
    p.put("scopeplus.db.user", dbUser == null ? "" : dbUser);
    p.put("scopeplus.db.password", dbPassword == null ? "" : dbPassword);
    p.put("scopeplus.demo", Boolean.toString(demo));
    p.put("scopeplus.pact.port", Integer.toString(pactPort));
    p.put("scopeplus.pact.keystore", pactKeystore == null ? "" : pactKeystore);
    p.put(
        "scopeplus.pact.keystore-password",
        pactKeystorePassword == null ? "" : pactKeystorePassword);
    return p;
  }

  @Override
  public String toString() {
    return "ServerSettings[port="
        + port
        + ", dataDir="
        + dataDir
        + ", dbUrl="
        + dbUrl
        + ", pactPort="
        + pactPort
        + "]";
  }
}
