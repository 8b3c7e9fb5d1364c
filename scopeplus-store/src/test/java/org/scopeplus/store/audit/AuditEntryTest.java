package org.scopeplus.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
  void anAbsentStateHashesToZeros() {
    assertThat(AuditTrail.stateHash("")).isEqualTo(AuditTrail.GENESIS);
    assertThat(AuditTrail.stateHash("a")).isNotEqualTo(AuditTrail.GENESIS);
  }
}
