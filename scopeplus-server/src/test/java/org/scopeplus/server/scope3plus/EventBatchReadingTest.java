package org.scopeplus.server.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.api.ApiProblem;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

class EventBatchReadingTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String event(int i) {
    return "{\"event_id\":\"e"
        + i
        + "\",\"programme\":\"maps\",\"actor\":\"a\",\"action\":\"green_trip.cycle\","
        + "\"quantities\":[{\"value\":2.5,\"unit\":\"km\"}],\"time\":\"2024-05-01T08:00:00Z\","
        + "\"region\":\"GB\",\"evidence\":\"ev\"}";
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** NDJSON events without end, made as they are read: only a streaming reader can stop. */
  private static InputStream endless(boolean array) {
    return new InputStream() {
      private byte[] chunk = (array ? "[" : "").getBytes(StandardCharsets.UTF_8);
      private int at;
      private int made;

      @Override
      public int read() {
        if (at == chunk.length) {
          chunk =
              ((made++ == 0 || !array ? "" : ",") + event(made) + "\n")
                  .getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        return chunk[at++] & 0xff;
      }
    };
  }

  @Test
  void ndjsonAndArraysAreReadEventByEvent() throws IOException {
    EventBatchReading.Read lines =
        EventBatchReading.read(text(event(1) + "\n\n" + event(2) + "\r\n"), JSON, 10);
    assertThat(lines.problemCount()).isZero();
    assertThat(lines.events()).extracting(e -> e.id()).containsExactly("e1", "e2");

    EventBatchReading.Read array =
        EventBatchReading.read(text("  [" + event(1) + "," + event(2) + "]\n"), JSON, 10);
    assertThat(array.problemCount()).isZero();
    assertThat(array.events()).hasSize(2);
    assertThat(array.events().get(0).quantities().get(0).value()).isEqualTo(2.5);
  }

  @Test
  void badLinesAreLocatedAndTheBatchIsRefusedWhole() throws IOException {
    EventBatchReading.Read r =
        EventBatchReading.read(text(event(1) + "\n{not json\n" + event(3) + "\n"), JSON, 10);
    assertThat(r.events()).isEmpty();
    assertThat(r.problemCount()).isEqualTo(1);
    assertThat(r.problems().get(0).row()).isEqualTo(2);

    EventBatchReading.Read open = EventBatchReading.read(text("[" + event(1) + ","), JSON, 10);
    assertThat(open.events()).isEmpty();
    assertThat(open.problems().get(0).message()).startsWith("the body is not a JSON array");

    EventBatchReading.Read after = EventBatchReading.read(text("[" + event(1) + "] {}"), JSON, 10);
    assertThat(after.problems().get(0).message()).contains("more after the array");

    EventBatchReading.Read empty = EventBatchReading.read(text(" \n "), JSON, 10);
    assertThat(empty.problems().get(0).message()).contains("the batch is empty");
  }

  @Test
  void theEventPastTheLimitStopsTheReadingWith413() {
    for (boolean array : new boolean[] {false, true}) {
      assertThatThrownBy(() -> EventBatchReading.read(endless(array), JSON, 1000))
          .isInstanceOfSatisfying(
              ApiProblem.class,
              p -> {
                assertThat(p.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                assertThat(p.getMessage()).contains("at most 1000 events");
              });
    }
  }
}
