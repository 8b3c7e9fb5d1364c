package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.scope3plus.RawEvent;

class NdjsonEventParserTest {

  private final NdjsonEventParser parser = new NdjsonEventParser();
  private final RawEvent e = new RawEvent();

  private boolean parse(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse(b, 0, b.length, e);
  }

  private String text(int off, int len) {
    return new String(e.buffer(), off, len, StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryFieldOfTheSchema() {
    assertThat(
            parse(
                "{\"event_id\":\"e-1\",\"programme\":\"maps\",\"actor\":\"u9\",\"action\":\"green_trip.bus\","
                    + "\"quantities\":[{\"value\":3.25,\"unit\":\"km\"}],\"time\":\"2024-05-01T08:30:00Z\","
                    + "\"region\":\"CN-BJ\",\"evidence\":\"gps:1\",\"claim\":\"trip-7\"}"))
        .isTrue();
    assertThat(text(e.idOffset(), e.idLength())).isEqualTo("e-1");
    assertThat(text(e.programmeOffset(), e.programmeLength())).isEqualTo("maps");
    assertThat(text(e.actorOffset(), e.actorLength())).isEqualTo("u9");
    assertThat(text(e.actionOffset(), e.actionLength())).isEqualTo("green_trip.bus");
    assertThat(text(e.regionOffset(), e.regionLength())).isEqualTo("CN-BJ");
    assertThat(text(e.evidenceOffset(), e.evidenceLength())).isEqualTo("gps:1");
    assertThat(text(e.claimOffset(), e.claimLength())).isEqualTo("trip-7");
    assertThat(e.quantityCount()).isEqualTo(1);
    assertThat(e.value(0)).isEqualTo(3.25);
    assertThat(e.unit(0)).isEqualTo(UnitSymbols.of("km"));
    assertThat(e.epochSecond()).isEqualTo(Instant.parse("2024-05-01T08:30:00Z").getEpochSecond());
  }

  @Test
  void keysInSchemaOrderReadTheSameAsKeysWrittenAnyOtherWay() {
    String plain =
        "{\"event_id\":\"e-1\",\"programme\":\"maps\",\"actor\":\"u9\",\"action\":\"a.b\","
            + "\"quantities\":[{\"value\":2.5,\"unit\":\"km\"}],\"time\":\"2024-05-01T08:30:00Z\","
            + "\"region\":\"CN\",\"evidence\":\"g\",\"claim\":\"t\"}";
    String spaced = plain.replace("\":", "\" :").replace("{\"event_id", "{\"event\\u005fid");
    String shuffled =
        "{\"claim\":\"t\",\"time\":\"2024-05-01T08:30:00Z\",\"actor\":\"u9\",\"region\":\"CN\","
            + "\"event_id\":\"e-1\",\"evidence\":\"g\",\"action\":\"a.b\",\"programme\":\"maps\","
            + "\"quantities\":[{\"value\":2.5,\"unit\":\"km\"}]}";
    String unknownFirst = "{\"actors\":\"x\"," + plain.substring(1);
    String expected = null;
    for (String line : new String[] {plain, spaced, shuffled, unknownFirst}) {
      assertThat(parse(line)).as(line).isTrue();
      String read =
          String.join(
              "|",
              text(e.idOffset(), e.idLength()),
              text(e.programmeOffset(), e.programmeLength()),
              text(e.actorOffset(), e.actorLength()),
              text(e.actionOffset(), e.actionLength()),
              text(e.regionOffset(), e.regionLength()),
              text(e.evidenceOffset(), e.evidenceLength()),
              text(e.claimOffset(), e.claimLength()),
              Double.toString(e.value(0)),
              String.valueOf(e.unit(0)),
              Long.toString(e.epochSecond()));
      if (expected == null) {
        expected = read;
        assertThat(read).startsWith("e-1|maps|u9|a.b|CN|g|t|2.5|");
      }
      assertThat(read).as(line).isEqualTo(expected);
    }
    // a line cut inside a key is not taken for the key
    assertThat(parse("{\"event_id\":\"e-1\",\"program")).isFalse();
  }

  @Test
  void decodesEscapesSkipsUnknownKeysAndAcceptsAnyOrderAndSpacing() {
    assertThat(
            parse(
                " { \"extra\" : {\"a\":[1,2,{\"b\":\"}\"}]}, \"quantities\" : [ {\"unit\":\"kWh\", \"value\": 1.5e3},"
                    + "{\"value\":2,\"unit\":\"degC\"} ], \"actor\":\"\\u00e9l\\\"o\", "
                    + "\"time\":\"2024-05-01T10:30:00.123+02:00\", \"event_id\":\"x\" } "))
        .isTrue();
    assertThat(text(e.actorOffset(), e.actorLength())).isEqualTo("él\"o");
    assertThat(e.value(0)).isEqualTo(1500.0);
    assertThat(e.unit(0)).isEqualTo(UnitSymbols.of("kWh"));
    assertThat(e.unit(1)).isEqualTo(UnitSymbols.of("K"));
    assertThat(e.quantityCount()).isEqualTo(2);
    assertThat(e.epochSecond()).isEqualTo(Instant.parse("2024-05-01T08:30:00Z").getEpochSecond());
    assertThat(e.programmeLength()).isEqualTo(-1);
  }

  @Test
  void numbersMatchJavasOwnParsing() {
    for (String n : new String[] {"0.1", "3.25", "18.08", "1234.5678", "0.000001", "99999.99999"}) {
      parse("{\"quantities\":[{\"value\":" + n + ",\"unit\":\"km\"}]}");
      assertThat(e.value(0)).as(n).isEqualTo(Double.parseDouble(n));
    }
  }

  @Test
  void refusesWhatIsNotAnObjectOfTheSchema() {
    assertThat(parse("{\"event_id\":\"e-1\",")).isFalse();
    assertThat(parse("[1,2]")).isFalse();
    assertThat(parse("{\"event_id\":\"e-1\"} trailing")).isFalse();
    assertThat(parse("{\"event_id\":e-1}")).isTrue(); // an odd value is skipped: the id is missing
    assertThat(e.idLength()).isEqualTo(-1);
  }

  @Test
  void badTimeAndUnknownUnitAreLeftForTheLedgerToRefuse() {
    assertThat(
            parse(
                "{\"time\":\"2024-02-30T00:00:00Z\",\"quantities\":[{\"value\":1,\"unit\":\"furlong\"}]}"))
        .isTrue();
    assertThat(e.epochSecond()).isEqualTo(Long.MIN_VALUE);
    assertThat(e.unit(0)).isNull();
  }
}
