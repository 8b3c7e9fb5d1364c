package org.scopeplus.server.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: PostgreSQL when {@code scopeplus.db.url} is set, else the embedded H2 file database
 * in {@code scopeplus.data-dir}. Migrations run before anything else uses it.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

  @Bean(destroyMethod = "close")
  Database database(
      @Value("${scopeplus.db.url:}") String url,
      @Value("${scopeplus.db.user:}") String user,
      @Value("${scopeplus.db.password:}") String password,
      @Value("${scopeplus.db.schema:}") String schema,
      @Value("${scopeplus.data-dir:${user.home}/.scopeplus}") String dataDir)
      throws IOException {
    return Database.open(settings(url, user, password, schema, Path.of(dataDir)));
  }

  /**
   * The database at {@code url}, or when it is blank the embedded H2 database in {@code dataDir}
   * (created when missing); the service and the commands that open its database choose alike.
   */
  public static DatabaseSettings settings(
      String url, String user, String password, String schema, Path dataDir) throws IOException {
    if (url == null || url.isBlank()) {
      Files.createDirectories(dataDir);
      return DatabaseSettings.h2In(dataDir);
    }
    return new DatabaseSettings(url, user, password, schema);
  }

  @Bean
  DataSource dataSource(Database database) {
    return database.dataSource();
  }

  @Bean
  ReferenceData referenceData() {
    return BuiltInReferenceData.load();
  }
}
