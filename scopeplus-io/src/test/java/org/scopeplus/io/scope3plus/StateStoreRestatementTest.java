package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.scope3plus.Dimension;
import org.scopeplus.core.scope3plus.Eligibility;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.EventQuantity;
import org.scopeplus.core.scope3plus.FormulaKind;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Restatement;

/**
 * A methodology withdrawn by a new catalog version restates the ledger: its events no longer count,
 * their ids stay taken, and the restatement is recorded once with its reason, events and grams.
 */
class StateStoreRestatementTest {

  @TempDir Path tmp;

  private static Methodology perOrder(String action, double kg) {
    return perOrder(action, kg, "2024.1");
  }

  private static Methodology perOrder(String action, double kg, String version) {
    return new Methodology(
        action,
        version,
        action,
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of(
            "baseline",
            new Parameter(
                "k." + action,
                kg,
                "kg CO2e/order",
                new Citation("test", "", "", "", Verification.PUBLISHED, ""))),
        Eligibility.none(),
        "test");
  }

  private static Event order(String id, String action) {
    return new Event(
        id,
        "delivery",
        "u-" + id,
        action,
        List.of(EventQuantity.of(1, "order")),
        Instant.parse("2024-05-01T08:00:00Z"),
        "CN",
        "",
        "");
  }

  @Test
  void aWithdrawnMethodologyIsRestatedWithItsReasonOnce() throws Exception {
    MethodologyCatalog before =
        new MethodologyCatalog(
            "c-1", List.of(perOrder("cutlery.set", 0.031), perOrder("cutlery.average", 0.035)));
    StateStore s = StateStore.open(tmp, before, null, 100);
    s.ingest("b1", List.of(order("a", "cutlery.set"), order("b", "cutlery.average")));
    s.ingest("b2", List.of(order("c", "cutlery.average")));
    assertThat(s.ledger().totals().grossGrams()).isEqualTo(31 + 35 + 35);

    MethodologyCatalog.Retirement why =
        new MethodologyCatalog.Retirement(
            "cutlery.average", "2024.1", "c-2", "rested on an unpublished claim");
    MethodologyCatalog after =
        new MethodologyCatalog(
            "c-2", List.of(perOrder("cutlery.set", 0.031)), Map.of("cutlery.average", why));
    for (int open = 0; open < 2; open++) {
      StateStore r = StateStore.open(tmp, after, null, 100);
      assertThat(r.ledger().totals().grossGrams()).isEqualTo(31);
      assertThat(r.restatements())
          .containsExactly(
              new Restatement(
                  "c-1",
                  "c-2",
                  "cutlery.average",
                  "2024.1",
                  "rested on an unpublished claim",
                  2,
                  70));
    }
    StateStore r = StateStore.open(tmp, after, null, 100);
    // the restated events keep their ids: delivered again, they are duplicates
    assertThat(r.ingest("b3", List.of(order("b", "cutlery.set"))).rejected())
        .containsEntry(RejectionReason.DUPLICATE_EVENT, 1L);
    assertThat(r.history("u-b")).isEmpty();
  }

  /**
   * A methodology's new version restates the ledger: the events counted under the earlier version
   * (2 orders x 31 g = 62 g) are recorded with the reason once, keep their grams (the ledger keeps
   * grams, not quantities), and later events count under the new version (1 order x 0.029 kg = 29
   * g).
   */
  @Test
  void aNewMethodologyVersionIsRecordedAsARestatementWithItsReasonOnce() throws Exception {
    MethodologyCatalog before =
        new MethodologyCatalog("c-1", List.of(perOrder("cutlery.set", 0.031, "2024.1")));
    StateStore s = StateStore.open(tmp, before, null, 100);
    s.ingest("b1", List.of(order("a", "cutlery.set"), order("b", "cutlery.set")));

    MethodologyCatalog after =
        new MethodologyCatalog(
            "c-2",
            List.of(perOrder("cutlery.set", 0.029, "2026.1")),
            Map.of(),
            org.scopeplus.core.scope3plus.Claiming.RecyclingSide.RECYCLER,
            Map.of(
                "cutlery.set",
                new MethodologyCatalog.VersionChange(
                    "cutlery.set", "2024.1", "c-2", "the set mass is now the supplier's")));
    Restatement expected =
        new Restatement(
            "c-1",
            "c-2",
            "cutlery.set",
            "2024.1",
            "the set mass is now the supplier's",
            2,
            62,
            "2026.1");
    for (int open = 0; open < 2; open++) {
      StateStore r = StateStore.open(tmp, after, null, 100);
      assertThat(r.restatements()).containsExactly(expected);
      assertThat(r.restatements().get(0).withdrawn()).isFalse();
      assertThat(r.ledger().totals().grossGrams()).isEqualTo(62);
    }
    StateStore r = StateStore.open(tmp, after, null, 100);
    r.ingest("b2", List.of(order("c", "cutlery.set")));
    assertThat(r.ledger().totals().grossGrams()).isEqualTo(62 + 29);
    StateStore again = StateStore.open(tmp, after, null, 100);
    assertThat(again.restatements()).containsExactly(expected);
  }

  /**
   * One cutlery-free order counted under version 2024.1 (31 g) in catalog c-1; answers catalog c-2,
   * which gives the methodology as version 2026.1 with no stated reason.
   */
  private MethodologyCatalog countedUnder2024ThenCatalogOf2026() throws Exception {
    MethodologyCatalog before =
        new MethodologyCatalog("c-1", List.of(perOrder("cutlery.set", 0.031, "2024.1")));
    StateStore.open(tmp, before, null, 100).ingest("b1", List.of(order("a", "cutlery.set")));
    return new MethodologyCatalog("c-2", List.of(perOrder("cutlery.set", 0.029, "2026.1")));
  }

  /**
   * A new version the catalog gives no reason for is restated with the ledger's own reason, kept in
   * English and with its code ({@code catalogue.versionChangedUnstated} with the two versions), so
   * that a page says it in its reader's language; the code is kept across openings.
   */
  @Test
  void aNewVersionWithoutAStatedReasonKeepsTheLedgersReasonWithItsCode() throws Exception {
    MethodologyCatalog after = countedUnder2024ThenCatalogOf2026();
    Restatement expected =
        new Restatement(
            "c-1",
            "c-2",
            "cutlery.set",
            "2024.1",
            "the methodology changed from version 2024.1 to 2026.1 without a stated reason",
            1,
            31,
            "2026.1",
            org.scopeplus.core.text.Sentence.of(
                "catalogue.versionChangedUnstated", "2024.1", "2026.1"));
    for (int open = 0; open < 2; open++) {
      assertThat(StateStore.open(tmp, after, null, 100).restatements()).containsExactly(expected);
    }
  }

  /**
   * A ledger kept before reasons had codes holds only the English reason: opened now, the ledger's
   * own reason for a version change is given its code again (the two versions from the kept
   * restatement).
   */
  @Test
  void aReasonKeptBeforeCodesIsGivenItsCodeWhenItIsTheLedgersOwn() throws Exception {
    MethodologyCatalog after = countedUnder2024ThenCatalogOf2026();
    StateStore.open(tmp, after, null, 100);
    Path manifest = tmp.resolve("manifest.json");
    String kept = java.nio.file.Files.readString(manifest);
    assertThat(kept).contains("\"reasonSaid\"");
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode)
            tools.jackson.databind.json.JsonMapper.builder().build().readTree(kept);
    root.withArray("restatements")
        .forEach(r -> ((tools.jackson.databind.node.ObjectNode) r).remove("reasonSaid"));
    java.nio.file.Files.writeString(manifest, root.toString());
    assertThat(java.nio.file.Files.readString(manifest)).doesNotContain("reasonSaid");

    List<Restatement> read = StateStore.open(tmp, after, null, 100).restatements();
    assertThat(read).hasSize(1);
    assertThat(read.get(0).reason())
        .isEqualTo("the methodology changed from version 2024.1 to 2026.1 without a stated reason");
    assertThat(read.get(0).said())
        .isEqualTo(
            org.scopeplus.core.text.Sentence.of(
                "catalogue.versionChangedUnstated", "2024.1", "2026.1"));
  }

  /** A state written under one catalog and opened under the same one is not restated. */
  @Test
  void theSameVersionIsNoRestatement() throws Exception {
    MethodologyCatalog c = new MethodologyCatalog("c-1", List.of(perOrder("cutlery.set", 0.031)));
    StateStore.open(tmp, c, null, 100).ingest("b1", List.of(order("a", "cutlery.set")));
    assertThat(StateStore.open(tmp, c, null, 100).restatements()).isEmpty();
  }
}
