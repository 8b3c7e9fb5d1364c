package org.scopeplus.server;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The ScopePlus service. */
@SpringBootApplication
public class ScopePlusApplication {

  /** Starts the service with these properties on top of application.properties. */
  public static ConfigurableApplicationContext start(
      Map<String, Object> properties, String... args) {
    SpringApplication app = new SpringApplication(ScopePlusApplication.class);
    app.setDefaultProperties(properties);
    return app.run(args);
  }

  public static void main(String[] args) {
    SpringApplication.run(ScopePlusApplication.class, args);
  }
}
