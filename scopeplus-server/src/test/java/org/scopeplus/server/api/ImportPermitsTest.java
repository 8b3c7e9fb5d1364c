package org.scopeplus.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportPermitsTest {

  @Test
  void aTenantGetsAtMostItsOwnCapAndOthersGoOn() {
    ImportPermits permits = new ImportPermits(4, 2, 10);
    Optional<ImportPermits.Permit> a1 = permits.tryAcquire("A");
    Optional<ImportPermits.Permit> a2 = permits.tryAcquire("A");
    assertThat(a1).isPresent();
    assertThat(a2).isPresent();
    assertThat(permits.tryAcquire("A")).isEmpty();
    assertThat(permits.tryAcquire("B")).isPresent();
    a1.get().close();
    assertThat(permits.tryAcquire("A")).isPresent();
  }

  @Test
  void theServiceCapHoldsAcrossTenantsAndARefusalTakesNothing() {
    ImportPermits permits = new ImportPermits(2, 2, 7);
    ImportPermits.Permit a = permits.tryAcquire("A").orElseThrow();
    ImportPermits.Permit b = permits.tryAcquire("B").orElseThrow();
    assertThat(permits.tryAcquire("C")).isEmpty();
    // C was refused by the service cap: it holds no tenant permit either, so after one release
    // C may run twice as soon as the service has room
    b.close();
    ImportPermits.Permit c = permits.tryAcquire("C").orElseThrow();
    assertThat(permits.tryAcquire("C")).isEmpty();
    a.close();
    assertThat(permits.tryAcquire("C")).isPresent();
    c.close();
    assertThat(permits.retryAfterSeconds()).isEqualTo(7);
  }

  @Test
  void closingTwiceGivesBackOnce() {
    ImportPermits permits = new ImportPermits(1, 1, 10);
    ImportPermits.Permit a = permits.tryAcquire("A").orElseThrow();
    a.close();
    a.close();
    ImportPermits.Permit again = permits.tryAcquire("A").orElseThrow();
    assertThat(permits.tryAcquire("B")).isEmpty();
    again.close();
  }

  @Test
  void capsBelowOneAreAConfigurationError() {
    assertThatThrownBy(() -> new ImportPermits(0, 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
