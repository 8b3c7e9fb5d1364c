package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway applies migrations in version order and, by default, refuses to start on a database that
 * lacks a migration numbered below the highest one it has applied. A migration added below an
 * already released version would therefore stop every upgraded installation. This test keeps each
 * new migration above the released ones: when a release lands, add its versions to {@link
 * #RELEASED}. The migrations only PostgreSQL runs ({@code db/postgresql}) are numbered in the same
 * sequence and held to the same rules.
 */
class MigrationVersionsTest {

  /** The migrations that have landed on main and may be applied in an operator's database. */
  private static final List<Integer> RELEASED =
      List.of(
          1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 15, 17, 23, 25, 27, 28, 33, 34, 35, 36, 37, 38, 39, 40,
          41, 43, 44, 47, 51, 58, 60, 61, 62, 66, 67, 68, 72, 74, 75, 76, 77, 80, 81, 82, 83, 84,
          85);

  private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

  @Test
  void everyReleasedMigrationIsStillThere() throws Exception {
    assertThat(versions()).containsAll(RELEASED);
  }

  @Test
  void newMigrationsAreNumberedAboveTheReleasedOnes() throws Exception {
    int highestReleased = Collections.max(RELEASED);
    assertThat(versions())
        .filteredOn(v -> !RELEASED.contains(v))
        .allSatisfy(
            v ->
                assertThat(v)
                    .as("V%d is new but below the released V%d", v, highestReleased)
                    .isGreaterThan(highestReleased));
  }

  @Test
  void everyMigrationFileIsNamedByFlywaysRule() throws Exception {
    for (String folder : FOLDERS) {
      try (Stream<Path> files = Files.list(migrationFolder(folder))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as(folder)
            .isNotEmpty()
            .allMatch(n -> NAME.matcher(n).matches(), "named V<version>__<words>.sql");
      }
    }
  }

  @Test
  void noVersionIsUsedTwiceAcrossTheFolders() throws Exception {
    List<Integer> versions = versions();
    assertThat(versions).doesNotHaveDuplicates();
  }

  /** Every database's migrations, and PostgreSQL's own, in one sequence of versions. */
  private static final List<String> FOLDERS = List.of("/db/migration", "/db/postgresql");

  private static List<Integer> versions() throws Exception {
    List<Integer> versions = new java.util.ArrayList<>();
    for (String folder : FOLDERS) {
      try (Stream<Path> files = Files.list(migrationFolder(folder))) {
        files
            .map(p -> NAME.matcher(p.getFileName().toString()))
            .filter(Matcher::matches)
            .map(m -> Integer.parseInt(m.group(1)))
            .forEach(versions::add);
      }
    }
    Collections.sort(versions);
    return versions;
  }

  private static Path migrationFolder(String folder) throws Exception {
    URL url = Database.class.getResource(folder);
    assertThat(url).as(folder + " on the class path").isNotNull();
    return Path.of(url.toURI());
  }
}
