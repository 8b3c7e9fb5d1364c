package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.io.table.TableProblem;

class CsvEventReaderTest {

  private static final String HEADER = "event_id,programme,actor,action,quantity_1,unit_1,time\n";

  private final List<String> seen = new ArrayList<>();

  private final EventSink sink =
      new EventSink() {
        @Override
        public void event(RawEvent event, long line, long position) {
          seen.add("event at " + line);
        }

        @Override
        public void malformed(long line, long position) {
          seen.add("malformed at " + line);
        }
      };

  private String read(String csv) throws IOException {
    return new CsvEventReader()
        .read(
            "events.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 0, sink);
  }

  @Test
  void aRecordWithANulIsMalformedAndTheOthersAreEvents() throws IOException {
    String row = "E%d,metro,u1,rail_trip,12,km,2024-05-01T08:00:00Z\n";
    assertThat(
            read(
                HEADER
                    + row.formatted(1)
                    + "E2,metro,u\u00001,rail_trip,12,km,x\n"
                    + row.formatted(3)))
        .isNull();
    assertThat(seen).containsExactly("event at 2", "malformed at 3", "event at 4");
  }

  @Test
  void anUnterminatedQuoteEndsTheReadingWithItsRow() {
    TableProblem p =
        catchThrowableOfType(
            TableProblem.class,
            () -> read(HEADER + "E1,metro,u1,rail_trip,12,km,2024-05-01T08:00:00Z\nE2,\"metro\n"));
    assertThat(p.problem().row()).isEqualTo(3);
    assertThat(p.problem().message()).contains("never closed");
    assertThat(seen).containsExactly("event at 2");
  }
}
