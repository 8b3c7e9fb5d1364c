package org.scopeplus.server.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.io.scope3plus.MethodologyLibrary;

/**
 * The guidance of the built-in catalog (the Scope 3+ page and GET /api/v1/ecosystem/methodologies)
 * in English by default and in Simplified Chinese for a Chinese reader; identifiers, units and the
 * citations of values found as written in both.
 */
class MethodologyGuidanceWordingTest {

  private static final String BUS_CAR =
      "Not found: the share of the programme's bus trips that would otherwise have been made by"
          + " car, from a substitution survey of its riders";

  @Test
  void theCatalogsOwnTextsAreInChineseForAChineseReaderOnly() throws Exception {
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    MethodologyGuidance.CatalogView en = MethodologyGuidance.CatalogView.of(catalog);
    MethodologyGuidance.CatalogView english =
        MethodologyGuidance.CatalogView.of(catalog, MethodologyGuidance.wording(Locale.ENGLISH));
    MethodologyGuidance.CatalogView zh =
        MethodologyGuidance.CatalogView.of(
            catalog, MethodologyGuidance.wording(Locale.SIMPLIFIED_CHINESE));
    assertThat(english).isEqualTo(en);

    MethodologyGuidance.MethodologyView busEn = find(en, "green_trip.bus");
    MethodologyGuidance.MethodologyView busZh = find(zh, "green_trip.bus");
    assertThat(busEn.baseline()).startsWith("The modes the riders would otherwise have used");
    assertThat(busZh.baseline()).startsWith("若无本行为，乘客原本会使用的出行方式").contains("DESNZ 2021");
    MethodologyGuidance.ParameterView carEn = role(busEn, "share.car");
    MethodologyGuidance.ParameterView carZh = role(busZh, "share.car");
    assertThat(carEn.source()).isEqualTo(BUS_CAR);
    assertThat(carZh.source()).isEqualTo("未找到：本项目的公交出行中，若无公交原本会由汽车完成的比例，取自对其乘客的替代出行调查");
    assertThat(carZh.note()).startsWith("请依据有出处的调查配置").contains("CDM ACM0016", "DB11/T 3043-2024");
    assertThat(carZh.key()).isEqualTo(carEn.key());
    assertThat(carZh.unit()).isEqualTo("fraction");
    assertThat(busZh.toConfigure())
        .contains(
            "required.survey.green_trip.bus.share.car (fraction): "
                + "请依据有出处的调查配置（采用 CDM ACM0016 与 DB11/T 3043-2024 的结构）；同一方法学的各项比例（含不出行）之和为 1。");

    // a value found keeps its citation as published on both
    MethodologyGuidance.MethodologyView pooling = find(zh, "ride_pooling.private_car");
    MethodologyGuidance.ParameterView grid = role(pooling, "grid");
    assertThat(grid.source())
        .isEqualTo(role(find(en, "ride_pooling.private_car"), "grid").source());
    assertThat(grid.source()).isNotEmpty().doesNotContain("未找到");

    assertThat(find(zh, "e_label").businessAsUsual().get("CN")).startsWith("电子面单在中国已是标准做法");
    assertThat(find(zh, "e_label").transfers().get("paper.primary")).contains("代用值");
    assertThat(zh.changes())
        .filteredOn(c -> c.action().equals("cloud_migration"))
        .singleElement()
        .satisfies(c -> assertThat(c.reason()).startsWith("其云端一侧现采用阿里云自身的平均 PUE"));
    assertThat(zh.retired().get(0).reason()).contains("cutlery_free.order").contains("核查机构");
    assertThat(en.retired().get(0).reason()).startsWith("It rested on another company's");
  }

  private static MethodologyGuidance.MethodologyView find(
      MethodologyGuidance.CatalogView c, String action) {
    return c.methodologies().stream().filter(m -> m.action().equals(action)).findFirst().get();
  }

  private static MethodologyGuidance.ParameterView role(
      MethodologyGuidance.MethodologyView m, String role) {
    return m.parameters().stream().filter(p -> p.role().equals(role)).findFirst().get();
  }
}
