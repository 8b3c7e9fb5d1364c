package org.scopeplus.io.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentRegistry;

/** The demo company's instruments as registry entries ({@link DemoInstruments}). */
class DemoInstrumentsTest {

  @TempDir static Path dir;
  static InstrumentRegistry registry;

  @BeforeAll
  static void load() throws IOException {
    registry = DemoInstruments.registry(DemoDataset.extract(dir).activity());
  }

  @Test
  void aDataCentresShareIsThePartTheDemoBoughtEachYear() {
    // DC-Ulanqab's part bought is DemoCompany.CERTIFICATE_SHARE of its electricity each year; the
    // parts are written to 0.01 MWh, so the share matches to well within 0.1%
    SortedMap<Integer, Double> share =
        registry.renewableShare().of(DemoManagement.DATA_CENTERS + "/DC-Ulanqab");
    for (int year = DemoCompany.FIRST_YEAR; year <= DemoCompany.LAST_YEAR; year++) {
      assertThat(share.get(year))
          .as("%d", year)
          .isCloseTo(DemoCompany.CERTIFICATE_SHARE[year - DemoCompany.FIRST_YEAR], within(1e-3));
    }
  }

  @Test
  void certificatesAreWholeMwhOfOneSerialBlockAYearAndPpasExactKwh() {
    long gec2025 = 0;
    for (Instrument i : registry.instruments()) {
      if (i.kind() == InstrumentKind.GEC) {
        assertThat(i.kwh() % 1000).as(i.id()).isZero();
        assertThat(i.marketBoundary()).isEqualTo("CN");
        assertThat(i.serialBlock()).isEqualTo("GEC-" + i.generatedFrom().getYear());
        if (i.generatedFrom().getYear() == 2025) {
          gec2025++;
        }
      }
      if (i.id().contains("DC-Ulanqab")) {
        assertThat(i.kind()).isEqualTo(InstrumentKind.PPA_PHYSICAL);
        assertThat(i.marketBoundary()).isEqualTo("CN-NM");
      }
      if (i.id().contains("DC-Singapore")) {
        assertThat(i.kind()).isEqualTo(InstrumentKind.I_REC);
        assertThat(i.marketBoundary()).isEqualTo("SG");
      }
      // no instrument is claimed beyond what it conveys, and a certificate leaves under one MWh
      long claimed = 0;
      for (Allocation a : registry.allocations()) {
        if (a.instrumentId().equals(i.id())) {
          claimed += a.kwh();
        }
      }
      assertThat(i.kwh() - claimed).as(i.id()).isBetween(0L, 999L);
    }
    assertThat(gec2025).isGreaterThan(10);
  }
}
