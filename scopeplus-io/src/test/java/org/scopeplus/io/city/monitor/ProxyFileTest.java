package org.scopeplus.io.city.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.core.problem.Problem;

class ProxyFileTest {

  @Test
  void rowsAreRead() {
    ProxiesRead r =
        ProxyFile.read(
            "p.csv",
            new StringReader(
                "date,sector,value\n2024-03-01,power,110\n2024-03-01,ground_transport,0.9\n"));
    var proxies = ((ProxiesRead.Read) r).proxies();
    assertThat(proxies).hasSize(2);
    assertThat(proxies.get(0).day()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(proxies.get(1).sector()).isEqualTo(MonitoredSector.GROUND_TRANSPORT);
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsKept() {
    ProxiesRead r =
        ProxyFile.read(
            "p.csv",
            new StringReader(
                "date,sector,value\n0000-01-01,power,1\n2024-13-01,power,1\n2024-03-01,coal,1\n"
                    + "2024-03-01,power,1e300\n2024-03-02,power,-1\n2024-03-03,power,1\n2024-03-03,power,2\n"));
    var problems = ((ProxiesRead.Refused) r).problems();
    assertThat(problems)
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "date"),
            org.assertj.core.groups.Tuple.tuple(3L, "date"),
            org.assertj.core.groups.Tuple.tuple(4L, "sector"),
            org.assertj.core.groups.Tuple.tuple(5L, "value"),
            org.assertj.core.groups.Tuple.tuple(6L, "value"),
            org.assertj.core.groups.Tuple.tuple(8L, "date"));
    assertThat(problems.get(0).file()).isEqualTo("p.csv");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThat(ProxyFile.read("p.csv", new StringReader("day,what\n2024-01-01,power\n")))
        .isInstanceOf(ProxiesRead.Refused.class);
  }
}
