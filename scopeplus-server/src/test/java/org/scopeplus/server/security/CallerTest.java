package org.scopeplus.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.store.user.Role;

class CallerTest {

  @Test
  void aDataOwnerWritesInTheirUnitsAndEverythingBelowThem() {
    Caller owner = new Caller("u", "t", "owner", Role.DATA_OWNER, List.of("Group/Cloud"));
    assertThat(owner.mayWriteIn("Group/Cloud")).isTrue();
    assertThat(owner.mayWriteIn("Group / Cloud / DC-Hangzhou")).isTrue();
    assertThat(owner.mayWriteIn("Group/CloudOps")).isFalse();
    assertThat(owner.mayWriteIn("Group")).isFalse();
    assertThat(owner.mayWriteIn("Group/Retail/Store-07")).isFalse();
  }

  @Test
  void onlyAdminsAndDataOwnersWriteAndViewersSeeNoTraces() {
    assertThat(new Caller("u", "t", "a", Role.ADMIN, List.of()).mayWriteIn("Anything")).isTrue();
    Caller verifier = new Caller("u", "t", "v", Role.VERIFIER, List.of("Group"));
    assertThat(verifier.writes()).isFalse();
    assertThat(verifier.mayWriteIn("Group")).isFalse();
    assertThat(verifier.readsTraces()).isTrue();
    assertThat(new Caller("u", "t", "w", Role.VIEWER, List.of()).readsTraces()).isFalse();
  }
}
