package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration kept beside a Scope 3+ state: written and read back exactly (who set each value
 * too), read by the same checks as the CLI's file, and refused with the key it names.
 */
class ConfigurationFileTest {

  @TempDir Path state;

  private static final List<ConfigurationFile.Row> SURVEY =
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
              ""));

  @Test
  void rowsAreKeptAndReadBackExactly() throws Exception {
    assertThat(ConfigurationFile.read(state)).isEmpty();
    assertThat(ConfigurationFile.catalog(state).methodologies().get(bus()).usable()).isFalse();

    ConfigurationFile.write(state, SURVEY);

    assertThat(ConfigurationFile.read(state)).isEqualTo(SURVEY);
    assertThat(state.resolve(ConfigurationFile.NAME + ".tmp")).doesNotExist();
    assertThat(ConfigurationFile.catalog(state).methodologies().get(bus()).usable()).isTrue();
  }

  @Test
  void aFileTheCliCopiedIsReadWithoutWhoSetIt() throws Exception {
    Files.writeString(
        state.resolve(ConfigurationFile.NAME),
        "key,value,unit,source\nrequired.survey.green_trip.bus.share.car,0.75,fraction,survey\n",
        StandardCharsets.UTF_8);
    assertThat(ConfigurationFile.read(state))
        .containsExactly(
            new ConfigurationFile.Row(
                "required.survey.green_trip.bus.share.car", "0.75", "fraction", "survey", "", ""));
  }

  @Test
  void aRefusedConfigurationNamesItsRowKeyAndValue() {
    assertThatThrownBy(
            () ->
                ConfigurationFile.check(
                    "key,value,unit,source\n"
                        + "required.survey.green_trip.bus.share.car,0.75,kg,survey\n"))
        .isInstanceOf(ConfigurationRefused.class)
        .hasMessageContaining(
            "configuration row 2, field unit: required.survey.green_trip.bus.share.car is given in"
                + " 'kg'");
  }

  private static int bus() throws Exception {
    return MethodologyLibrary.builtIn().indexOf("green_trip.bus");
  }
}
