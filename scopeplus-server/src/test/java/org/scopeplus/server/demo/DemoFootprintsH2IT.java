package org.scopeplus.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.server.exchange.Exchanging;
import org.scopeplus.server.exchange.PublishingDemoFootprints;
import org.scopeplus.server.it.OnH2;
import org.scopeplus.store.Database;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.StoredFootprint;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code serve --demo}: the demo company publishes three PACT footprints once, computed from its
 * runs; the 2024 vCPU-hour is superseded by the 2025 one, which names it in precedingPfIds.
 */
@OnH2
class DemoFootprintsH2IT {

  @Autowired Database database;
  @Autowired ReferenceData reference;
  @Autowired Exchanging exchanging;

  @Test
  void theDemoCompanyPublishesThreeFootprintsOnceOneSuperseded() throws Exception {
    new LoadingDemoCompany(database, reference, true).run(null);
    PublishingDemoFootprints publishing =
        new PublishingDemoFootprints(database, exchanging, reference, true);
    publishing.run(null);
    publishing.run(null);
    Tenant t =
        database.inTransaction(c -> new TenantStore().byName(c, DemoCompany.NAME)).orElseThrow();
    List<StoredFootprint> own =
        database.inTransaction(
            c -> new FootprintStore().list(c, t.id(), StoredFootprint.OWN, FootprintCriteria.ALL));
    assertThat(own).hasSize(3);
    JsonMapper json = JsonMapper.builder().build();
    String deprecated = null;
    for (StoredFootprint f : own) {
      Map<?, ?> pf = json.readValue(f.document(), Map.class);
      assertThat(FootprintRules.check(pf)).as(f.document()).isEmpty();
      // computed from the run's scored lines, so rated (the range is checked by the rules above)
      Map<?, ?> dqi = (Map<?, ?>) ((Map<?, ?>) pf.get("pcf")).get("dqi");
      assertThat(dqi).as(f.document()).isNotNull();
      List<Object> keys = new java.util.ArrayList<>(dqi.keySet());
      assertThat(keys)
          .containsExactlyInAnyOrder("technologicalDQR", "geographicalDQR", "temporalDQR");
      if (f.keys().status().equals("Deprecated")) {
        deprecated = f.keys().id();
      }
    }
    assertThat(deprecated).isNotNull();
    String superseded = deprecated;
    assertThat(own)
        .anyMatch(f -> f.document().contains("\"precedingPfIds\":[\"" + superseded + "\"]"));
  }
}
