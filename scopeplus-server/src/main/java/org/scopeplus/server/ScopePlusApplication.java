package org.scopeplus.server;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The ScopePlus service. */
@SpringBootApplication
public class ScopePlusApplication {

  /** Starts the service with these properties taking precedence over application.properties. */
  public static ConfigurableApplicationContext start(
      Map<String, Object> properties, String... args) {
    SpringApplication app = new SpringApplication(ScopePlusApplication.class);
    app.setMainApplicationClass(ScopePlusApplication.class);
    app.addInitializers(
        context ->
            context
                .getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("scopeplus-serve", properties)));
    return app.run(args);
  }

  public static void main(String[] args) {
    SpringApplication.run(ScopePlusApplication.class, args);
  }
}
