package org.scopeplus.bench.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service under load: {@code scopeplus serve} on H2 in a data folder of its own, started as a
 * child JVM on a free loopback port with its first admin from the environment, and stopped with
 * SIGTERM (then killed) when the test ends. Its memory is read from {@code /proc}: the resident set
 * now and at its peak.
 */
final class ServiceProcess implements AutoCloseable {

  final Process process;
  final int port;

  private ServiceProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ServiceProcess start(
      Path jar, Path data, String heap, String user, String password, String tenant, Path log)
      throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Files.createDirectories(data);
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-jar",
                jar.toString(),
                "serve",
                "--port",
                Integer.toString(port),
                "--data",
                data.toString()));
    Map<String, String> env = pb.environment();
    env.put("SCOPEPLUS_ADMIN_USER", user);
    env.put("SCOPEPLUS_ADMIN_PASSWORD", password);
    env.put("SCOPEPLUS_ADMIN_TENANT", tenant);
    env.put("SERVER_ADDRESS", "127.0.0.1");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ServiceProcess(pb.start(), port);
  }

  /** Kilobytes of a {@code /proc/PID/status} field: VmRSS (now) or VmHWM (peak); -1 if unknown. */
  long statusKb(String field) {
    try {
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(process.pid()), "status"),
              StandardCharsets.US_ASCII)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
