package org.scopeplus.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static AuditEntry entry(String actor, String detail, String previous) {
    String before = AuditTrail.stateHash("");
    String after = AuditTrail.stateHash("name=FY2024");
    String hash =
        AuditTrail.hash(
            previous,
            "t1",
            7,
            "2026-01-01T00:00:00Z",
            actor,
            "period.added",
            "reporting_period",
            "p1",
            before,
            after,
            detail);
    return new AuditEntry(
        "t1",
        7,
        "2026-01-01T00:00:00Z",
        actor,
        "period.added",
        "reporting_period",
        "p1",
        before,
        after,
        detail,
        previous,
        hash);
  }

  @Test
  void anEntryMatchesItsHashUntilAFieldChanges() {
    AuditEntry e = entry("alice", "period FY2024 added", AuditTrail.GENESIS);
    assertThat(e.expectedHash()).isEqualTo(e.entryHash()).hasSize(64);
    AuditEntry edited =
        new AuditEntry(
            e.tenantId(),
            e.seq(),
            e.at(),
            "mallory",
            e.action(),
            e.entity(),
            e.entityId(),
            e.beforeHash(),
            e.afterHash(),
            e.detail(),
            e.previousHash(),
            e.entryHash());
    assertThat(edited.expectedHash()).isNotEqualTo(edited.entryHash());
  }

  @Test
  void theHashCoversThePreviousEntrySoTheEntriesFormAChain() {
    assertThat(entry("alice", "x", AuditTrail.GENESIS).entryHash())
        .isNotEqualTo(entry("alice", "x", "1".repeat(64)).entryHash());
  }

  @Test
  void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
    assertThat(entry("alice", "bx", AuditTrail.GENESIS).entryHash())
        .isNotEqualTo(entry("aliceb", "x", AuditTrail.GENESIS).entryHash());
  }

  @Test
  void theEntryHashKeepsItsByteLayoutSoStoredEntriesStillVerify() throws Exception {
    String zeros = AuditTrail.GENESIS;
    String after = "24c1e1ada70e12cb64fa6d3a4383c98c39da5566120f8302150d7e9ff104b2b6";
    String layout =
        "64:"
            + zeros
            + "\n2:t1\n1:7\n20:2026-01-01T00:00:00Z\n5:alice\n12:period.added\n"
            + "16:reporting_period\n2:p1\n64:"
            + zeros
            + "\n64:"
            + after
            + "\n19:period FY2024 added\n";
    byte[] sha =
        MessageDigest.getInstance("SHA-256").digest(layout.getBytes(StandardCharsets.UTF_8));
    AuditEntry e = entry("alice", "period FY2024 added", zeros);
    assertThat(e.afterHash()).isEqualTo(after);
    assertThat(e.entryHash()).isEqualTo(HexFormat.of().formatHex(sha));
    assertThat(e.entryHash())
        .isEqualTo("5ad21a357f974491ee0539ac10a18c707139e18538a9ce7e10e44dbc9ac39cf3");
    assertThat(
            new AuditEntry(
                    e.tenantId(),
                    e.seq(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.beforeHash(),
                    e.afterHash(),
                    e.detail(),
                    e.previousHash(),
                    "")
                .sealed())
        .isEqualTo(e);
  }

  @Test
  void anAbsentStateHashesToZeros() {
    assertThat(AuditTrail.stateHash("")).isEqualTo(AuditTrail.GENESIS);
    assertThat(AuditTrail.stateHash("a")).isNotEqualTo(AuditTrail.GENESIS);
  }

  @Test
  void aSentenceNamesAnEntryByNumberActionAndEntityAndOnRequestItsTime() {
    AuditEntry e = entry("alice", "period FY2024 added", AuditTrail.GENESIS);
    assertThat(e.named()).isEqualTo("entry 7 (period.added of reporting_period p1)");
    assertThat(e.namedWithTime())
        .isEqualTo("entry 7 (period.added of reporting_period p1 at 2026-01-01T00:00:00Z)");
  }
}
