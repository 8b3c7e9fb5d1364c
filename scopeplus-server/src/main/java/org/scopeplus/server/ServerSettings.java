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
 * @param demo load the demo company on first start
 */
public record ServerSettings(
    int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean demo) {

  /** The Spring properties these settings stand for. */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", Integer.toString(port));
    p.put("scopeplus.data-dir", dataDir.toAbsolutePath().toString());
    p.put("scopeplus.db.url", dbUrl == null ? "" : dbUrl);
    p.put("scopeplus.db.user", dbUser == null ? "" : dbUser);
    p.put("scopeplus.db.password", dbPassword == null ? "" : dbPassword);
    p.put("scopeplus.demo", Boolean.toString(demo));
    return p;
  }

  @Override
  public String toString() {
    return "ServerSettings[port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl + "]";
  }
}
