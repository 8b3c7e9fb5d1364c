package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calculation runs: reproducible to the byte, results by every dimension, traces line by line, new
 * runs beside old ones after a new factor library or a corrected import, comparisons, and the base
 * year with its recalculation policy.
 */
abstract class RunChecks extends ServiceChecks {

  @Test
  void aRunRepeatedOnTheSameInputsGivesIdenticalResults() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    String imp = imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    JsonNode first = ran(t.admin, period, Map.of()).json();
    JsonNode second = ran(t.admin, period, Map.of()).json();
    assertThat(second.get("id").asString()).isNotEqualTo(first.get("id").asString());
    assertThat(second.get("resultSha256").asString())
        .isEqualTo(first.get("resultSha256").asString());
    assertThat(second.get("totals")).isEqualTo(first.get("totals"));
    assertThat(second.get("manifest")).isEqualTo(first.get("manifest"));

    JsonNode manifest = first.get("manifest");
    assertThat(manifest.get("engineVersion").asString()).isNotBlank();
    assertThat(manifest.get("gwpSet").asString()).isEqualTo("AR5");
    assertThat(manifest.get("inputs").get(0).get("sha256").asString())
        .isEqualTo(t.admin.get("/api/v1/imports/" + imp).str("sha256"));
    assertThat(manifest.get("factorLibraries").get(0).get("version").asString()).isNotBlank();
    assertThat(first.get("totals").get("scope1").asLong()).isPositive();
    assertThat(first.get("totals").get("scope2Location").asLong()).isPositive();

    String run = "/api/v1/runs/" + first.get("id").asString();
    for (String dimension :
        List.of("total", "gas", "org-unit", "facility", "month", "activity-type", "factor")) {
      assertThat(t.viewer.get(run + "/results/" + dimension).json().size())
          .as(dimension)
          .isPositive();
    }
    assertThat(t.viewer.get(run + "/results/scope3-category").json().size()).isEqualTo(15);
    assertThat(t.viewer.get(run + "/results/org-unit").text())
        .contains("\"Group\"", "Group/Cloud", "Group/Retail/Store-07");
    assertProblem(t.viewer.get(run + "/results/colour"), 400);

    JsonNode lines = t.verifier.get(run + "/lines?recordId=R-E1").json();
    assertThat(lines.get("total").asLong()).isEqualTo(2);
    JsonNode line = lines.get("items").get(0);
    assertThat(line.get("source").asString()).isEqualTo("a.csv:2");
    assertThat(line.get("factorId").asString()).isNotBlank();
    assertThat(line.get("citation").asString()).isNotBlank();
    assertThat(line.get("formula").asString()).contains("12500000 kWh");
    long all = t.verifier.get(run + "/lines?size=1000").json().get("total").asLong();
    assertThat(all).isEqualTo(first.get("lines").asLong());
  }

  /**
   * A run lists the factors it used for a year they do not describe, with the emissions on each:
   * the 2024 Zhejiang electricity (12,500 + 11,800 MWh) takes the newest provincial factor, 2023's
   * 0.4974 kg/kWh (MEE & NBS Announcement 2025 No. 47, Table 3, Zhejiang): 24,300,000 kWh x 0.4974
   * = 12,086,820 kg location-based; and the 2023 national factor excluding market-traded non-fossil
   * power, 0.6096 kg/kWh (same announcement, Table 4): 24,300,000 x 0.6096 = 14,813,280 kg
   * market-based. The natural gas of the same file takes an undated IPCC default: no warning, and a
   * run of that record alone lists none.
   */
  @Test
  void aRunListsTheFactorsItUsedForAnotherYearWithTheEmissionsOnThem() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "fy.csv", ActivityFiles.small("FY")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    JsonNode read = t.viewer.get("/api/v1/runs/" + run.get("id").asString()).json();
    assertThat(read.get("factorYearWarnings")).isEqualTo(run.get("factorYearWarnings"));
    JsonNode w = read.get("factorYearWarnings");
    assertThat(w.size()).isEqualTo(2);
    assertThat(w.get(0).get("factorId").asString()).isEqualTo("cn_mee_nbs.average.cn-zj.2023");
    assertThat(w.get(0).get("validFrom").asString()).isEqualTo("2023-01-01");
    assertThat(w.get(0).get("validTo").asString()).isEqualTo("2023-12-31");
    assertThat(w.get(0).get("activityYear").asInt()).isEqualTo(2024);
    assertThat(w.get(0).get("rule").asString()).isEqualTo("nearest earlier year");
    assertThat(w.get(0).get("warning").asString())
        .contains("no factor for 2024, the nearest earlier year's was used");
    assertThat(w.get(0).get("grams").get("scope2Location").asLong()).isEqualTo(12_086_820_000L);
    assertThat(w.get(0).get("grams").get("scope2Market").asLong()).isZero();
    assertThat(w.get(1).get("factorId").asString())
        .isEqualTo("cn_mee_nbs.excl_market_nonfossil.cn.2023");
    assertThat(w.get(1).get("grams").get("scope2Market").asLong()).isEqualTo(14_813_280_000L);
    assertThat(w.get(1).get("grams").get("scope2Location").asLong()).isZero();

    TenantFixture u = newTenant();
    String gasOnly = period2024(u.admin);
    imported(
        u.admin,
        gasOnly,
        ApiClient.write(
            dir,
            "gas.csv",
            ActivityFiles.HEADER
                + "G-1,Group/Retail/Store-07,Store-07,2024-01,"
                + "s1.stationary.commercial_institutional.natural_gas,18000,m3,CN-SH,,City"
                + " Gas,invoiced,invoice 1\n"));
    JsonNode gas = ran(u.admin, gasOnly, Map.of()).json();
    assertThat(gas.get("totals").get("scope1").asLong()).isPositive();
    assertThat(gas.get("factorYearWarnings").size()).isZero();
  }

  @Test
  void walkingTheTraceLinesWithTheCursorGivesEveryLineOnceInOrder() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "w.csv", ActivityFiles.small("W")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String lines = "/api/v1/runs/" + run.get("id").asString() + "/lines";
    long count = run.get("lines").asLong();
    assertThat(count).isGreaterThan(4);
    List<Long> all = new ArrayList<>();
    for (JsonNode l : t.verifier.get(lines + "?size=1000").json().get("items")) {
      all.add(l.get("lineNo").asLong());
    }
    assertThat(all).hasSize((int) count).isSorted().doesNotHaveDuplicates();

    List<Long> walked = new ArrayList<>();
    String after = "0";
    int pages = 0;
    while (after != null) {
      JsonNode page = t.verifier.get(lines + "?size=2&after=" + after).json();
      assertThat(page.get("total").asLong()).isEqualTo(count);
      assertThat(page.get("size").asInt()).isEqualTo(2);
      for (JsonNode l : page.get("items")) {
        walked.add(l.get("lineNo").asLong());
      }
      JsonNode next = page.get("next");
      after = next == null || next.isNull() ? null : next.asString();
      pages++;
      assertThat(pages).isLessThanOrEqualTo((int) count + 1);
    }
    assertThat(walked).isEqualTo(all);
    assertThat(pages).isEqualTo((int) (count / 2 + 1));

    JsonNode second = t.verifier.get(lines + "?page=1&size=2").json();
    assertThat(second.get("next").asLong()).isEqualTo(all.get(3));
    assertThat(second.get("items").get(0).get("lineNo").asLong()).isEqualTo(all.get(2));
    JsonNode ofRecord = t.verifier.get(lines + "?recordId=W-E1&after=0").json();
    assertThat(ofRecord.get("total").asLong()).isEqualTo(ofRecord.get("items").size()).isPositive();

    assertProblem(t.verifier.get(lines + "?page=1500&size=1000"), 400);
    assertThat(t.verifier.get(lines + "?page=1500&size=1000").json().get("detail").asString())
        .contains("after");
    assertProblem(t.verifier.get(lines + "?page=1&after=2"), 400);
    assertProblem(t.verifier.get(lines + "?after=-1"), 400);
  }

  @Test
  void aNewFactorLibraryVersionMakesANewRunBesideTheOldAndTheyCompare() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("F")));
    JsonNode before = ran(t.admin, period, Map.of()).json();
    ApiClient.Reply lib = OwnLibrary.upload(t.admin, dir);
    assertThat(lib.status()).as(lib.text()).isEqualTo(201);
    assertProblem(OwnLibrary.upload(t.admin, dir), 409);
    assertProblem(
        t.admin.upload(
            "/api/v1/factor-libraries",
            ApiClient.write(dir, "broken.csv", "factor_id,activity_key\nx,y\n"),
            Map.of("name", "broken", "version", "1")),
        422);
    JsonNode after =
        ran(t.admin, period, Map.of("factorLibraryIds", List.of(lib.str("id")))).json();
    assertThat(after.get("manifest").get("factorLibraries").get(0).get("name").asString())
        .isEqualTo("own-grid");
    assertThat(after.get("resultSha256").asString())
        .isNotEqualTo(before.get("resultSha256").asString());

    String compare =
        "/api/v1/runs/" + before.get("id").asString() + "/comparison/" + after.get("id").asString();
    JsonNode byScope = t.viewer.get(compare + "?dimension=scope").json().get("differences");
    Map<String, Long> scope = differences(byScope);
    assertThat(scope.get("scope1")).isZero();
    assertThat(scope.get("scope2-location")).isNotZero();
    Map<String, Long> byFactor =
        differences(t.viewer.get(compare + "?dimension=factor").json().get("differences"));
    assertThat(byFactor).containsKey("own.grid.zj.2024");
    assertThat(byFactor.get("own.grid.zj.2024")).isPositive();
    Map<String, Long> byUnit =
        differences(t.viewer.get(compare + "?dimension=org-unit").json().get("differences"));
    assertThat(byUnit.get("Group/Retail/Store-07")).isZero();
    assertThat(byUnit.get("Group/Cloud/DC-Hangzhou")).isNotZero();
    assertThat(t.viewer.get(compare + "?dimension=scope3-category").status()).isEqualTo(200);
    assertThat(t.viewer.get("/api/v1/runs/" + before.get("id").asString()).json().get("totals"))
        .isEqualTo(before.get("totals"));
  }

  @Test
  void aRecordNoFactorCoversRefusesTheWholeRunWithProblemDetails() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    // Fiji is a known region, but the spend-based factors for electrical equipment cover only the
    // United States, Germany, the United Kingdom, Brazil and Norway, with no world default.
    String fiji =
        ActivityFiles.HEADER
            + "FJ-S1,Group/Cloud/Edge-Suva,Edge-Suva,2024-03,s3.c1.spend.electrical_equipment,5000,"
            + "USD,FJ,,Fiji Electric,invoiced,invoice S1\n";
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    imported(t.admin, period, ApiClient.write(dir, "suva.csv", fiji));

    ApiClient.Reply refused = t.admin.post("/api/v1/periods/" + period + "/runs", Map.of());
    assertProblem(refused, 422);
    JsonNode problem = refused.json();
    assertThat(problem.get("title").asString()).isEqualTo("Run Refused");
    assertThat(problem.get("detail").asString()).contains("no run was stored");
    assertThat(problem.get("problemCount").asLong()).isEqualTo(1);
    JsonNode first = problem.get("problems").get(0);
    assertThat(first.get("file").asString()).isEqualTo("suva.csv");
    assertThat(first.get("row").asLong()).isEqualTo(2);
    assertThat(first.get("message").asString())
        .contains("no factor")
        .contains("spend.electrical_equipment")
        .contains("FJ");
    assertThat(t.admin.get("/api/v1/runs?periodId=" + period).json().get("total").asLong())
        .isZero();
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void aCorrectedImportSupersedesTheOldOneAndTheOldRunStays() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    String wrong =
        imported(t.admin, period, ApiClient.write(dir, "meters.csv", ActivityFiles.small("C")));
    JsonNode old = ran(t.admin, period, Map.of()).json();
    String corrected = ActivityFiles.small("C").replace("12500,MWh", "1250,MWh");
    ApiClient.Reply fix =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "meters-corrected.csv", corrected),
            Map.of("replaces", wrong));
    assertThat(fix.status()).as(fix.text()).isEqualTo(201);
    assertThat(fix.str("replaces")).isEqualTo(wrong);
    assertThat(t.admin.get("/api/v1/imports/" + wrong).str("status")).isEqualTo("superseded");
    JsonNode fresh = ran(t.admin, period, Map.of()).json();
    assertThat(fresh.get("totals").get("scope2Location").asLong())
        .isLessThan(old.get("totals").get("scope2Location").asLong());
    assertThat(t.admin.get("/api/v1/runs?periodId=" + period).json().get("total").asLong())
        .isEqualTo(2);
  }

  @Test
  void aBaseYearSetToAnotherRunIsReplacedOnlyWhenAskedTo() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    String base = ran(t.admin, period, Map.of()).str("id");
    String other = ran(t.admin, period, Map.of()).str("id");
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", base)).status()).isEqualTo(200);
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", base)).status()).isEqualTo(200);
    ApiClient.Reply refused = t.admin.put("/api/v1/base-year", Map.of("runId", other));
    assertProblem(refused, 409);
    assertThat(refused.json().get("detail").asString())
        .contains("the base year is set already, to 2024")
        .contains("\"replace\": true");
    assertThat(t.admin.get("/api/v1/base-year").str("runId")).isEqualTo(base);
    ApiClient.Reply replaced =
        t.admin.put("/api/v1/base-year", Map.of("runId", other, "replace", true));
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
    assertThat(t.admin.get("/api/v1/base-year").str("runId")).isEqualTo(other);
  }

  @Test
  void theBaseYearIsRestatedWhenAChangeCrossesTheThresholdAndEveryRestatementIsKept() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("Y")));
    String base = ran(t.admin, period, Map.of()).str("id");
    ApiClient.Reply set = t.admin.put("/api/v1/base-year", Map.of("runId", base));
    assertThat(set.status()).as(set.text()).isEqualTo(200);
    assertThat(set.json().get("year").asInt()).isEqualTo(2024);
    assertThat(set.json().get("threshold").asDouble()).isEqualTo(0.05);
    assertProblem(t.dataOwner.put("/api/v1/base-year", Map.of("runId", base)), 403);

    String same = ran(t.admin, period, Map.of()).str("id");
    JsonNode unchanged =
        t.viewer
            .post(
                "/api/v1/base-year/assessments",
                Map.of("runId", same, "trigger", "discovered-error"))
            .json();
    assertThat(unchanged.get("restatementRequired").asBoolean()).isFalse();
    assertThat(unchanged.get("explanation").asString()).contains("no restatement is needed");

    String unit =
        t.admin
            .post(
                "/api/v1/org-units",
                Map.of("path", "Group/Cloud", "equityShare", 1.0, "operationalControl", true))
            .str("id");
    assertThat(
            t.admin
                .put("/api/v1/org-units/" + unit, Map.of("equityShare", 0.4))
                .json()
                .get("equityShare")
                .asDouble())
        .isEqualTo(0.4);
    String divested = ran(t.admin, period, Map.of("consolidation", "equity-share")).str("id");
    JsonNode assessed =
        t.admin
            .post(
                "/api/v1/base-year/assessments",
                Map.of("runId", divested, "trigger", "structural-change"))
            .json();
    assertThat(assessed.get("restatementRequired").asBoolean()).as(assessed.toString()).isTrue();
    assertThat(assessed.get("explanation").asString()).contains("must be restated");
    assertProblem(
        t.admin.post(
            "/api/v1/base-year/restatements",
            Map.of("runId", divested, "trigger", "structural-change")),
        422);
    ApiClient.Reply restated =
        t.admin.post(
            "/api/v1/base-year/restatements",
            Map.of(
                "runId",
                divested,
                "trigger",
                "structural-change",
                "reason",
                "60% of Group/Cloud sold to a partner"));
    assertThat(restated.status()).as(restated.text()).isEqualTo(201);
    assertThat(t.admin.get("/api/v1/base-year").str("runId")).isEqualTo(divested);
    JsonNode kept = t.verifier.get("/api/v1/base-year/restatements").json();
    assertThat(kept.size()).isEqualTo(1);
    assertThat(kept.get(0).get("reason").asString())
        .isEqualTo("60% of Group/Cloud sold to a partner");
    assertThat(kept.get(0).get("previousRunId").asString()).isEqualTo(base);
    assertThat(kept.get(0).get("trigger").asString()).isEqualTo("STRUCTURAL_CHANGE");
  }

  static Map<String, Long> differences(JsonNode list) {
    Map<String, Long> out = new java.util.HashMap<>();
    List<String> seen = new ArrayList<>();
    for (JsonNode d : list) {
      out.put(d.get("item").asString(), d.get("locationDifference").asLong());
      seen.add(d.get("item").asString());
    }
    return out;
  }
}
