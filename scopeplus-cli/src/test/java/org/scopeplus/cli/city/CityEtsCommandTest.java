package org.scopeplus.cli.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus city ets}: a registry folder replayed through the service's ledger, checked by
 * hand.
 */
class CityEtsCommandTest {

  @TempDir Path dir;

  @BeforeEach
  void folder() throws IOException {
    Files.writeString(dir.resolve("accounts.csv"), "id,name\nP1,Coal plant 1\nP2,Cement works\n");
    Files.writeString(
        dir.resolve("allocations.csv"),
        """
        enterprise,year,method,coefficient,decline,factors,basis
        P1,2021,benchmark,0.8218,,cooling (air)=1.05;heat supply=0.978,2900000
        P2,2021,intensity,1.2,0.98,,500000
        P1,2022,grandfathering,0.95,,,2000000
        """);
    Files.writeString(
        dir.resolve("verified.csv"),
        "enterprise,year,emissions_t,output\nP1,2021,2000000,3100000\nP2,2021,600000,500000\n");
    Files.writeString(
        dir.resolve("transactions.csv"),
        """
        date,kind,enterprise,counterparty,unit,year,tonnes,memo
        2022-11-30,surrender,P1,,allowance,2021,2000000,
        2022-06-01,transfer,P1,P2,allowance,2021,10000,
        2022-03-01,offset,P2,,ccer,2020,30000,CCER wind
        2022-11-30,surrender,P2,,allowance,2021,540000,
        2022-11-30,surrender,P2,,ccer,2021,30000,
        """);
  }

  /*
   * By hand. P1 2021 (coal unit, 2021 plan, EtsLedgerTest): final 3,100,000 MWh x 0.8218 x 1.05 x
   * 0.978 = 2,616,110 t; surrendered 2,000,000 t of 2,000,000: compliant, balance +616,110 t.
   * P2 2021 (intensity): 500,000 t x 1.2 x 0.98 = 588,000 t; verified 600,000 t; surrendered
   * 540,000 t allowances + 30,000 t CCER (5% of 600,000 = 30,000, the limit) = 570,000 t: after
   * 31 December 2022 short 30,000 t, deducted 1 x 30,000 t from 2022 (2 x = 60,000 t with ratio
   * 2); balance 588,000 - 600,000 = -12,000 t. P1 2022 (grandfathering): 0.95 x 2,000,000 =
   * 1,900,000 t, 70% = 1,330,000 t pre-allocated, not verified. Issued 2,616,110 + 588,000 +
   * 1,330,000 = 4,534,110 t; cancelled 2,540,000 t; held 1,994,110 t.
   */
  @Test
  void theFoldersComplianceFollowsTheServicesRules() throws IOException {
    CommandRun r =
        CommandRun.of("city", "ets", dir.toString(), "--on", "2023-01-15", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode doc = JsonMapper.builder().build().readTree(r.out());
    JsonNode p = doc.get("positions");
    assertThat(p.size()).isEqualTo(3);
    assertThat(p.get(0).get("enterprise").asString()).isEqualTo("P1");
    assertThat(p.get(0).get("year").asInt()).isEqualTo(2021);
    assertThat(p.get(0).get("allocated").asLong()).isEqualTo(2_616_110L);
    assertThat(p.get(0).get("balance").asLong()).isEqualTo(616_110L);
    assertThat(p.get(0).get("status").asString()).isEqualTo("compliant");
    assertThat(p.get(1).get("year").asInt()).isEqualTo(2022);
    assertThat(p.get(1).get("allocated").asLong()).isEqualTo(1_330_000L);
    assertThat(p.get(1).get("status").asString()).isEqualTo("not-verified");
    JsonNode p2 = p.get(2);
    assertThat(p2.get("allocated").asLong()).isEqualTo(588_000L);
    assertThat(p2.get("surrenderedAllowances").asLong()).isEqualTo(540_000L);
    assertThat(p2.get("surrenderedCcer").asLong()).isEqualTo(30_000L);
    assertThat(p2.get("balance").asLong()).isEqualTo(-12_000L);
    assertThat(p2.get("status").asString()).isEqualTo("shortfall");
    assertThat(p2.get("outstanding").asLong()).isEqualTo(30_000L);
    assertThat(p2.get("nextYearDeduction").asLong()).isEqualTo(30_000L);
    JsonNode a = doc.get("totals").get("allowance");
    assertThat(a.get("issued").asLong()).isEqualTo(4_534_110L);
    assertThat(a.get("cancelled").asLong()).isEqualTo(2_540_000L);
    assertThat(a.get("held").asLong()).isEqualTo(1_994_110L);

    CommandRun twice =
        CommandRun.of(
            "city",
            "ets",
            dir.toString(),
            "--on",
            "2023-01-15",
            "--penalty-ratio",
            "2",
            "--year",
            "2021");
    assertThat(twice.exit()).as(twice.err()).isZero();
    assertThat(twice.out())
        .contains("P2                2021        588,000")
        .contains("shortfall             30,000         60,000")
        .doesNotContain("1,330,000")
        .contains("Allowances issued 4,534,110 t, cancelled 2,540,000 t, held 1,994,110 t");

    CommandRun before = CommandRun.of("city", "ets", dir.toString(), "--on", "2022-12-01");
    assertThat(before.out()).contains("due").doesNotContain("shortfall");
  }

  @Test
  void badRowsAreRefusedNamingFileRowAndColumn() throws IOException {
    Files.writeString(
        dir.resolve("transactions.csv"),
        """
        date,kind,enterprise,counterparty,unit,year,tonnes,memo
        2022-11-30,surrender,P1,,allowance,2021,9000000,
        2022-13-01,transfer,P1,P2,allowance,2021,1,
        2022-06-01,transfer,P1,P9,allowance,2021,1,
        2022-06-01,transfer,P1,P2,gold,2021,1,
        2022-06-01,transfer,P1,P2,allowance,0,1e300,
        """);
    Files.writeString(
        dir.resolve("verified.csv"), "enterprise,year,emissions_t,output,extra\nP1,2021,1,1,x\n");
    CommandRun r = CommandRun.of("city", "ets", dir.toString(), "--on", "2023-01-15");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("verified.csv:1 [extra]: unknown column 'extra'")
        .doesNotContain("Exception");
    Files.writeString(
        dir.resolve("verified.csv"),
        "enterprise,year,emissions_t,output\nP1,2021,2000000,3100000\n");
    r = CommandRun.of("city", "ets", dir.toString(), "--on", "2023-01-15");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("transactions.csv:3 [date]: '2022-13-01' is not a date like 2024-03-01")
        .contains(
            "transactions.csv:2 [tonnes]: a surrender of 9000000 t exceeds the 2000000 t of"
                + " verified 2021 emissions still to surrender")
        .contains("transactions.csv:4 [counterparty]: no account P9 in the registry")
        .contains("transactions.csv:5 [unit]: 'gold' is not allowance or ccer")
        .contains("transactions.csv:6 [year]: '0' is not a compliance year from 2005 to 2100")
        .contains("transactions.csv:6 [tonnes]: '1e300' is not a whole number of tonnes");
    assertThat(CommandRun.of("city", "ets", dir.resolve("nope").toString()).err())
        .contains("no such folder");
  }
}
