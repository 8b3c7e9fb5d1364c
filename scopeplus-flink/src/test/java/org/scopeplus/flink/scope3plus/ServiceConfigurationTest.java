package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.io.scope3plus.ConfigurationFile;
import org.scopeplus.io.scope3plus.MethodologyLibrary;

/**
 * The per-tenant configuration the service keeps ({@code configuration.csv}, written by {@link
 * ConfigurationFile#write} with the columns set_by and set_at beside key, value, unit, source)
 * handed to the Flink job as its {@code --configuration} file: the job counts with the same
 * methodology parameters as the service does for that tenant.
 */
class ServiceConfigurationTest {

  @TempDir Path state;

  /**
   * Test configuration, not reference data: a bus rider survey (bus counts only with one), a source
   * with a comma and quotes, values set through the service (who and when) and one copied without.
   */
  private static final List<ConfigurationFile.Row> KEPT =
      List.of(
          new ConfigurationFile.Row(
              "required.survey.green_trip.bus.share.car",
              "0.75",
              "fraction",
              "Rider survey, \"Q1\", 2024",
              "admin-1",
              "2024-06-01T08:00:00Z"),
          new ConfigurationFile.Row(
              "required.survey.green_trip.bus.share.taxi",
              "0.20",
              "fraction",
              "Rider survey",
              "admin-2",
              "2024-06-02T08:00:00Z"),
          new ConfigurationFile.Row(
              "required.survey.green_trip.bus.share.walk_cycle",
              "0.03",
              "fraction",
              "Rider survey",
              "",
              ""),
          new ConfigurationFile.Row(
              "required.survey.green_trip.bus.share.no_trip",
              "0.02",
              "fraction",
              "Rider survey",
              "",
              ""),
          new ConfigurationFile.Row(
              "recycling.credited_side", "buyer", "", "test configuration", "admin-1", ""));

  @Test
  void theJobCountsWithTheParametersTheServiceKeptForTheTenant() throws Exception {
    ConfigurationFile.write(state, KEPT);
    // what --configuration hands the job: the file's text as it is
    String file = Files.readString(state.resolve(ConfigurationFile.NAME), StandardCharsets.UTF_8);
    assertThat(file.lines().findFirst()).contains("key,value,unit,source,set_by,set_at");

    MethodologyCatalog job =
        new EcosystemSettings(file, Map.of(), 1.0, Duration.ofDays(1)).catalog();
    MethodologyCatalog service = ConfigurationFile.catalog(state);

    assertThat(job.methodologies()).hasSameSizeAs(service.methodologies());
    for (int i = 0; i < service.methodologies().size(); i++) {
      Methodology s = service.methodologies().get(i);
      Methodology j = job.methodologies().get(i);
      assertThat(j.action()).isEqualTo(s.action());
      assertThat(j.parameters()).as(s.action()).isEqualTo(s.parameters());
      assertThat(j.usable()).as(s.action()).isEqualTo(s.usable());
      assertThat(j.claiming()).as(s.action()).isEqualTo(s.claiming());
    }

    // the configured survey makes bus trips count, which the built-in catalog alone does not
    int bus = MethodologyLibrary.builtIn().indexOf("green_trip.bus");
    assertThat(MethodologyLibrary.builtIn().methodologies().get(bus).usable()).isFalse();
    Methodology jobBus = job.methodologies().get(bus);
    assertThat(jobBus.usable()).isTrue();
    Parameter car =
        jobBus.parameters().values().stream()
            .filter(p -> p.key().equals("required.survey.green_trip.bus.share.car"))
            .findFirst()
            .orElseThrow();
    assertThat(car.value()).isEqualTo(0.75);
    assertThat(car.citation().publication()).isEqualTo("Rider survey, \"Q1\", 2024");
  }
}
