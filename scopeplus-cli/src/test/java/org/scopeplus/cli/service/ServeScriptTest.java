package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The java command {@code bin/scopeplus} builds: run from a copy of the script beside an empty jar,
 * with a {@code java} on the PATH that prints its arguments instead of starting a JVM. {@code
 * serve} must stop on an OutOfMemoryError (so a supervisor restarts it) on every path the script
 * takes.
 */
class ServeScriptTest {

  @TempDir Path dir;

  @Test
  void serveStopsOnOutOfMemoryWithOrWithoutTheClassDataArchive() throws Exception {
    Path target = layout();
    assertThat(run(Map.of(), "serve", "--port", "8080"))
        .contains("-XX:+ExitOnOutOfMemoryError", "-Xmx2g", "-jar", "serve --port 8080")
        .doesNotContain("ArchiveClassesAtExit");

    Path archive = target.resolve("scopeplus.jsa");
    Files.writeString(archive, "");
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(run(Map.of(), "serve"))
        .contains("-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=" + archive);

    assertThat(run(Map.of("SCOPEPLUS_CDS", "off"), "serve"))
        .contains("-XX:+ExitOnOutOfMemoryError");
    assertThat(run(Map.of("SCOPEPLUS_JAVA_OPTS", "-Xmx6g"), "serve"))
        .contains("-Xmx6g -XX:+ExitOnOutOfMemoryError")
        .doesNotContain("-Xmx2g");
  }

  @Test
  void otherCommandsKeepTheirOwnOutOfMemoryMessage() throws Exception {
    layout();
    assertThat(run(Map.of(), "inventory", "a.csv"))
        .contains("-Xmx2g", "inventory a.csv")
        .doesNotContain("ExitOnOutOfMemoryError");
  }

  /** The script in {@code dir/bin}, an empty jar in {@code dir/scopeplus-cli/target}. */
  private Path layout() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path script = bin.resolve("scopeplus");
    Files.copy(Path.of("..", "bin", "scopeplus"), script);
    Path target = Files.createDirectories(dir.resolve("scopeplus-cli").resolve("target"));
    Files.writeString(target.resolve("scopeplus.jar"), "");
    Path fake = Files.createDirectories(dir.resolve("fake"));
    Path java = fake.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return target;
  }

  /** The command line the script ran java with. */
  private String run(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            new java.util.ArrayList<>(
                List.of("sh", dir.resolve("bin").resolve("scopeplus").toString())));
    pb.command().addAll(List.of(args));
    pb.environment().remove("SCOPEPLUS_JAVA_OPTS");
    pb.environment().remove("SCOPEPLUS_CDS");
    pb.environment().putAll(env);
    pb.environment().put("PATH", dir.resolve("fake") + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }
}
