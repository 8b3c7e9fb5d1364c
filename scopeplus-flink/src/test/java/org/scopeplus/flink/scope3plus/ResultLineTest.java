package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The result files' JSON: every kind's fields, by name and in order. */
class ResultLineTest {

  @Test
  void eachKindWritesItsFieldsInOrder() {
    ResultLine cell = ResultLine.aggregate("maps", "mobility.walk", "GB", "2024-03", 3);
    cell.grams = 50;
    cell.weakGrams = 7;
    ResultLine totals = ResultLine.totals("2024.1");
    totals.events = 4;
    totals.refused = 2;
    totals.grams = 90;
    totals.weakGrams = 7;
    totals.attributedGrams = 45;

    assertThat(
            Stream.of(
                    cell,
                    ResultLine.refusal("MALFORMED", 2),
                    ResultLine.account("e-42", 77_900, 155_800_000, 2),
                    totals)
                .map(ResultLine::toJson))
        .containsExactly(
            "{\"programme\":\"maps\",\"action\":\"mobility.walk\",\"region\":\"GB\","
                + "\"month\":\"2024-03\",\"events\":3,\"grams\":50,\"weakGrams\":7}",
            "{\"reason\":\"MALFORMED\",\"events\":2}",
            // by hand: 77.9 kg x 2 points per kg = 155.8 points, written exactly
            "{\"actor\":\"e-42\",\"grams\":77900,\"points\":155.8,\"events\":2}",
            "{\"catalogVersion\":\"2024.1\",\"acceptedEvents\":4,\"refusedEvents\":2,"
                + "\"grossGrams\":90,\"weakGrams\":7,\"attributedGrams\":45,"
                + "\"unattributedGrams\":90}");
    assertThat(totals.toString()).startsWith("totals {\"catalogVersion\"");
  }
}
