package org.scopeplus.server.it;

import java.sql.Connection;
import java.sql.Statement;
import org.scopeplus.store.Database;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;

/** Drops the test run's PostgreSQL schema when the shared context closes, so reruns start clean. */
@TestConfiguration(proxyBeanMethods = false)
class DroppingSchemaOnClose implements DisposableBean {

  private final Database database;

  DroppingSchemaOnClose(Database database) {
    this.database = database;
  }

  @Override
  public void destroy() throws Exception {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement()) {
      String schema = c.getSchema();
      if (schema != null && schema.startsWith("it_")) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
