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
   * The job's test configuration (a rail survey, buyer-credited recycling, attribution shares) as
   * the service keeps it: each row set by someone at some time, its source holding a comma and
   * quotes.
   */
  private static List<ConfigurationFile.Row> kept() throws Exception {
    return ConfigurationFile.rows(EveryRefusalReasonTest.CONFIGURATION).stream()
        .map(
            r ->
                new ConfigurationFile.Row(
                    r.key(),
                    r.value(),
                    r.unit(),
                    r.source() + ", \"Q1\", 2024",
                    "admin-1",
                    "2024-06-01T08:00:00Z"))
        .toList();
  }

  @Test
  void theJobCountsWithTheParametersTheServiceKeptForTheTenant() throws Exception {
    ConfigurationFile.write(state, kept());
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

    // the configured survey makes rail trips count, which the built-in catalog alone does not
    int rail = MethodologyLibrary.builtIn().indexOf("green_trip.rail");
    assertThat(MethodologyLibrary.builtIn().methodologies().get(rail).usable()).isFalse();
    Methodology jobRail = job.methodologies().get(rail);
    assertThat(jobRail.usable()).isTrue();
    Parameter car =
        jobRail.parameters().values().stream()
            .filter(p -> p.key().equals("required.survey.green_trip.rail.share.car"))
            .findFirst()
            .orElseThrow();
    assertThat(car.value()).isEqualTo(0.60);
    assertThat(car.citation().publication()).isEqualTo("test survey, \"Q1\", 2024");
  }
}
