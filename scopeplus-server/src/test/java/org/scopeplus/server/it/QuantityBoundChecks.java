package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Quantities and grams (docs/security.md): a quantity beyond its plausible bound, or a number that
 * is not one, is refused at import with its row and column and nothing is stored; sums of grams
 * that would leave the range of a long refuse the run, naming the record, and no run is stored.
 */
abstract class QuantityBoundChecks extends ServiceChecks {

  private long auditEntries(TenantFixture t) {
    return t.admin.get("/api/v1/audit/verification").json().get("entries").asLong();
  }

  private static List<String> located(ApiClient.Reply r) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : r.json().get("problems")) {
      out.add(
          p.get("file").asString()
              + ":"
              + p.get("row").asLong()
              + ":"
              + p.get("column").asString());
    }
    return out;
  }

  @Test
  void fiftyTrillionMwhInSingaporeIsRefusedAtImportNamingRowAndColumn() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    long auditBefore = auditEntries(t);
    // Before: imported (201), each line 9223372036854775807 g, and the run's totals -2.
    String rows =
        ActivityFiles.HEADER
            + "SG-1,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,5e13,MWh,SG,,SP Group,measured,m1\n"
            + "SG-2,Group/Cloud/DC-SG,DC-SG,2024-02,s2.electricity,5e13,MWh,SG,,SP Group,measured,m1\n";
    ApiClient.Reply r =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports", ApiClient.write(dir, "sg.csv", rows));
    assertProblem(r, 422);
    assertThat(located(r)).containsExactly("sg.csv:2:quantity", "sg.csv:3:quantity");
    assertThat(r.json().get("problems").get(0).get("message").asString())
        .contains("quantity 5e13 MWh is beyond the largest plausible single record of energy")
        .contains("1e9 MWh (1e12 kWh)");
    // the problem's code and arguments, for a client that says it in its own language
    assertThat(r.json().get("problems").get(0).get("code").asString())
        .isEqualTo("problem.implausible");
    assertThat(r.json().get("problems").get(0).get("arguments").toString())
        .isEqualTo("[\"5e13\",\"MWh\",\"energy\",\"1e9 MWh (1e12 kWh)\"]");
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
    assertThat(auditEntries(t)).isEqualTo(auditBefore);
  }

  @Test
  void numbersThatAreNotFiniteDecimalsAreRefusedAtImportWithTheirRow() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    // Before: 1e308 imported, and the run failed with 400 "Character I is neither a decimal
    // digit..." naming no row.
    String rows =
        ActivityFiles.HEADER
            + "N-1,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,1e308,MWh,SG,,,,\n"
            + "N-2,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,NaN,MWh,SG,,,,\n"
            + "N-3,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,Infinity,MWh,SG,,,,\n"
            + "N-4,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,1e-400,MWh,SG,,,,\n"
            + "N-5,Group/Cloud/DC-SG,DC-SG,2024-01,s2.electricity,1000,MWh,SG,,,,\n";
    ApiClient.Reply r =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports", ApiClient.write(dir, "n.csv", rows));
    assertProblem(r, 422);
    assertThat(located(r))
        .containsExactly(
            "n.csv:2:quantity", "n.csv:3:quantity", "n.csv:4:quantity", "n.csv:5:quantity");
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
  }

  @Test
  void sumsOfGramsBeyondTheRangeOfALongRefuseTheRunNamingTheRecord() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    // 3.8e8 kg SF6 is within the bound of mass (1e12 kg); each line is 3.8e8 x 23,500 (AR5) x
    // 1000 = 8.93e15 g, under 2^53 g; 1,032 lines are 9.21576e18 g, 1,033 are 9.22469e18 g,
    // beyond Long.MAX_VALUE = 9.22337e18 g.
    StringBuilder b = new StringBuilder(ActivityFiles.HEADER);
    for (int i = 0; i < 1_100; i++) {
      b.append("F-")
          .append(i)
          .append(",Group/Grid/GIS,GIS,2024-01,s1.refrigerant.purchased,380000000,kg,CN,SF6,,,\n");
    }
    imported(t.admin, period, ApiClient.write(dir, "sf6.csv", b.toString()));
    ApiClient.Reply refused = t.admin.post("/api/v1/periods/" + period + "/runs", Map.of());
    assertProblem(refused, 422);
    assertThat(refused.json().get("problemCount").asLong()).isEqualTo(1);
    // the 1,033rd record is on row 1,034 (the header is row 1)
    assertThat(located(refused)).containsExactly("sf6.csv:1034:quantity");
    assertThat(refused.json().get("problems").get(0).get("message").asString())
        .contains("9223372036854775807 g");
    assertThat(t.admin.get("/api/v1/runs?periodId=" + period).json().get("total").asLong())
        .isZero();
  }
}
