package org.scopeplus.bench.service;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * Samples the service's memory while a scenario runs: resident set from {@code /proc} (and the
 * kernel's peak, VmHWM) and used heap from the service's own Prometheus endpoint.
 */
final class Sampler {
  private final ServiceProcess service;
  private final Api api;
  private final long periodMillis;
  private volatile boolean running = true;
  private Thread thread;
  private long maxRssKb;
  private long maxHeapBytes;
  private long samples;

  Sampler(ServiceProcess service, Api api, long periodMillis) {
    this.service = service;
    this.api = api;
    this.periodMillis = periodMillis;
  }

  void start() {
    thread =
        new Thread(
            () -> {
              while (running) {
                maxRssKb = Math.max(maxRssKb, service.statusKb("VmRSS"));
                maxHeapBytes = Math.max(maxHeapBytes, heapUsed());
                samples++;
                try {
                  Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }

  /** Sum of {@code jvm_memory_used_bytes{area="heap"}}; 0 when the endpoint does not answer. */
  private long heapUsed() {
    try {
      HttpResponse<String> r =
          api.http.send(
              java.net.http.HttpRequest.newBuilder(api.uri("/actuator/prometheus"))
                  .timeout(java.time.Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double sum = 0;
      for (String line : r.body().split("\n")) {
        if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
          sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
      return (long) sum;
    } catch (IOException | RuntimeException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  String summary() {
    return String.format(
        "service memory over %d samples: peak RSS sampled %d MB, kernel peak (VmHWM) %d MB, "
            + "peak heap used %d MB",
        samples, maxRssKb / 1024, service.statusKb("VmHWM") / 1024, maxHeapBytes / (1024 * 1024));
  }
}
