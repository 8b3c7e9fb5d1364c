package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;

/**
 * Every built-in methodology against a hand calculation with literal values. Sources: DESNZ/BEIS =
 * UK BEIS conversion factors 2021 via the Climatiq OEFDB copy; each row key below is a row of
 * scope3plus_parameters.csv. Values marked "configured" are test configuration, not reference data.
 */
class BuiltInMethodologiesTest {

  static final String CONFIGURATION =
      """
      key,value,unit,source
      required.e_label.paper_mass_per_label,0.02,kg/label,test configuration
      required.cutlery.set_mass,0.010,kg/set,test configuration
      required.second_hand.electronics.displacement_rate,0.3,fraction,test configuration
      required.second_hand.book.displacement_rate,0.3,fraction,test configuration
      required.second_hand.appliance.displacement_rate,0.3,fraction,test configuration
      required.refurbished.displacement_rate,0.3,fraction,test configuration
      required.second_hand.logistics_per_kg,0.5,kg CO2e/kg,test configuration
      required.second_hand.logistics_per_item,0.1,kg CO2e/item,test configuration
      dc.server_utilisation.hyperscale,0.5,fraction,test configuration
      required.green_product.conventional_footprint,12,kg CO2e/item,test configuration
      required.green_product.certified_footprint,9,kg CO2e/item,test configuration
      """;

  record Case(String action, double[] quantities, double handGrams, String sources) {
    @Override
    public String toString() {
      return action + ": " + sources;
    }
  }

  static MethodologyCatalog configured() throws Exception {
    Map<String, Parameter> config =
        MethodologyLibrary.configuration(new StringReader(CONFIGURATION));
    return MethodologyLibrary.builtIn(config);
  }

  static Stream<Case> cases() {
    // car 0.10718 kg/pkm = DESNZ 2021 average car 0.17148 kg/vkm / 1.6 occupants
    // (transport.uk.car_avg_unknown_fuel.ttw_per_pkm_occ1_6); share 0.34 = Hollingsworth et al.
    // 2019 (transport.e_scooter_shared.displaced_car_share); grid 0.5366 kg/kWh = MEE & NBS 2022
    double car = 0.10718;
    double share = 0.34;
    double grid = 536.6;
    return Stream.of(
        new Case(
            "green_trip.walk",
            q(10),
            10 * share * (car - 0) * 1000,
            "car 0.10718 (DESNZ 2021 / 1.6), walk 0 (transport.walk_cycle.per_pkm), share 0.34"),
        new Case("green_trip.cycle", q(10), 10 * share * (car - 0) * 1000, "as walking"),
        new Case(
            "green_trip.bus",
            q(10),
            10 * share * (car - 0.10227) * 1000,
            "DESNZ 2021 local bus 0.10227 kg/pkm (transport.uk.bus_local_avg.ttw_per_pkm)"),
        new Case(
            "green_trip.metro",
            q(10),
            10 * share * (car - 0.02781) * 1000,
            "DESNZ 2021 Underground 0.02781 kg/pkm (transport.uk.underground.per_pkm)"),
        new Case(
            "green_trip.rail",
            q(10),
            10 * share * (car - 0.03549) * 1000,
            "DESNZ 2021 national rail 0.03549 kg/pkm (transport.uk.national_rail.per_pkm)"),
        new Case(
            "green_trip.metro.cn_gz",
            q(2),
            2 * 0.5155 * 1000,
            "Huang et al. 2017 Guangzhou mean method 0.5155 kg/trip"),
        new Case(
            "ride_pooling.private_car",
            q(12, 3, 0.05),
            12 * 171.48 - 3 * 171.48 - 0.05 * grid,
            "DESNZ 2021 average car 0.17148 kg/vkm at occupancy 1; grid 0.5366 kg/kWh"),
        new Case(
            "ride_pooling.taxi",
            q(16, 10, 0.05),
            16 * 208.26 - 10 * 208.26 - 0.05 * grid,
            "DESNZ 2021 taxi 0.20826 kg/vkm (transport.uk.taxi_regular.ttw_per_vkm)"),
        new Case(
            "parcel_box.reuse",
            q(3),
            3 * 0.2 * 0.8212 * 1000,
            "CN express box 0.2 kg (secondary); DESNZ 2021 board primary 0.8212 kg/kg"),
        new Case(
            "parcel_box.recycled",
            q(3),
            3 * 0.2 * (0.8212 - 0.7185) * 1000,
            "DESNZ 2021 board primary 0.8212 minus closed-loop 0.7185 kg/kg"),
        new Case(
            "e_label",
            q(10),
            10 * 0.02 * 0.9194 * 1000,
            "configured 0.02 kg/label; DESNZ 2021 paper primary 0.9194 kg/kg"),
        new Case(
            "packaging.slimmer",
            q(2.5),
            2.5 * 0.8212 * 1000,
            "DESNZ 2021 board primary 0.8212 kg/kg"),
        new Case(
            "packaging.film_avoided",
            q(0.4),
            0.4 * 2.5742 * 1000,
            "DESNZ 2021 average plastic film 2.5742 kg/kg"),
        new Case(
            "cutlery_free.order",
            q(1),
            1 * 0.010 * 3.1047 * 1000,
            "configured 10 g set; DESNZ 2021 PP primary 3.1047 kg/kg"),
        new Case(
            "cutlery_free.order.reported_average",
            q(2),
            2 * 0.035 * 1000,
            "0.035 kg/order implied by Meituan claims (derived, to_verify)"),
        new Case(
            "second_hand.clothing",
            q(1.5),
            1.5 * (0.646 * 22.31 - 0.15225) * 1000,
            "WRAP 2025 resale 0.646; DESNZ 2021 clothing 22.31 kg/kg; re-used 0.15225 kg/kg"),
        new Case(
            "second_hand.electronics",
            q(2),
            2 * (0.3 * 24.865 - 0.5) * 1000,
            "configured 0.3 and 0.5 kg/kg; DESNZ 2021 IT primary 24.865 kg/kg"),
        new Case(
            "second_hand.book",
            q(4),
            4 * (0.3 * 1 - 0.1) * 1000,
            "configured 0.3 and 0.1 kg; Berners-Lee paperback 1 kg"),
        new Case(
            "second_hand.large_appliance",
            q(60),
            60 * (0.3 * 3.267 - 0.5) * 1000,
            "configured 0.3 and 0.5 kg/kg; DESNZ 2021 large electrical 3.267 kg/kg"),
        new Case(
            "refurbished.smartphone",
            q(1),
            (0.3 * 74 * 0.8 - 0.1) * 1000,
            "configured 0.3 and 0.1 kg; Apple iPhone 16 Pro Max 74 kg x production 80%"),
        new Case(
            "refurbished.laptop",
            q(1),
            (0.3 * 209 - 0.1) * 1000,
            "configured 0.3 and 0.1 kg; Apple MacBook Pro 14 (2021) 209 kg"),
        new Case(
            "cloud_migration",
            q(1000),
            1000 * (1.58 * grid - 0.18 / 0.5 * 1.10 * grid),
            "Uptime 2023 PUE 1.58; NRDC 2014 18%; configured cloud 50%; PUE 1.10 (to_verify)"),
        new Case(
            "remote_meeting.replaces_flight",
            q(1200, 1, 2),
            1200 * 130.03 + 62_900 - 2 * 1000,
            "DESNZ 2021 domestic flight 0.13003 kg/pkm; hotel CN 62.9 kg; call 1.0 kg/h"),
        new Case(
            "remote_meeting.replaces_rail",
            q(1200, 1, 2),
            1200 * 35.49 + 62_900 - 2 * 1000,
            "DESNZ 2021 national rail 0.03549 kg/pkm; hotel CN 62.9 kg; call 1.0 kg/h"),
        new Case(
            "green_product.certified", q(2), 2 * (12 - 9) * 1000, "configured 12 and 9 kg/item"),
        new Case(
            "office.lights_off",
            q(100),
            100 * 9 * 0.001 * grid,
            "GB 50034-2013 9 W/m2 (to_verify); grid 0.5366 kg/kWh"),
        new Case(
            "office.ac_setpoint",
            q(50, 2),
            50 * 2 * 0.06 * grid,
            "BEE India 6% per degree (secondary); grid 0.5366 kg/kWh"),
        new Case(
            "office.duplex_printing",
            q(101),
            101 * 0.5 * 4.59,
            "0.5 sheet per page; A4 80 gsm sheet 4.59 g (DESNZ 2021 paper)"),
        new Case(
            "office.box_recycling",
            q(3),
            3 * (0.8212 - 0.7185) * 1000,
            "DESNZ 2021 board primary 0.8212 minus closed-loop 0.7185 kg/kg"),
        new Case(
            "office.rail_instead_of_air",
            q(400),
            400 * (0.13003 - 0.03549) * 1000,
            "DESNZ 2021 domestic flight no RF 0.13003, national rail 0.03549 kg/pkm"),
        new Case(
            "office.rail_instead_of_air.cn",
            q(400),
            400 * (87.69 - 6.11),
            "ESS 2024 China air 87.69, rail 6.11 g/pkm (secondary)"),
        new Case(
            "office.carpooling",
            q(15, 2, 0.01),
            15 * 171.48 - 2 * 171.48 - 0.01 * grid,
            "DESNZ 2021 average car 0.17148 kg/vkm; grid 0.5366 kg/kWh"));
  }

  private static double[] q(double... values) {
    return values;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesTheHandCalculation(Case c) throws Exception {
    Methodology m = configured().byAction(c.action());
    assertThat(m).as(c.action()).isNotNull();
    assertThat(m.avoidedGrams(c.quantities())).isEqualTo((long) Math.rint(c.handGrams()));
  }

  @Test
  void everyBuiltInMethodologyHasAHandCalculation() throws Exception {
    List<String> covered = cases().map(Case::action).toList();
    assertThat(configured().methodologies())
        .extracting(Methodology::action)
        .containsExactlyInAnyOrderElementsOf(covered);
  }

  @Test
  void withoutConfigurationTheMethodologiesRestingOnMissingValuesCountNothing() throws Exception {
    MethodologyCatalog bare = MethodologyLibrary.builtIn();
    assertThat(bare.unusable())
        .containsExactlyInAnyOrder(
            "e_label",
            "cutlery_free.order",
            "second_hand.electronics",
            "second_hand.book",
            "second_hand.large_appliance",
            "refurbished.smartphone",
            "refurbished.laptop",
            "cloud_migration",
            "green_product.certified");
    assertThat(bare.byAction("cloud_migration").missing()).containsExactly("utilisation_cloud");
  }

  @Test
  void resultsRestingOnSecondaryOrUncheckedValuesAreFlagged() throws Exception {
    MethodologyCatalog c = configured();
    assertThat(c.byAction("green_trip.bus").weak()).isTrue(); // survey share is secondary
    assertThat(c.byAction("cutlery_free.order.reported_average").weak()).isTrue();
    assertThat(c.byAction("office.lights_off").weak()).isTrue();
    assertThat(c.byAction("packaging.slimmer").weak()).isFalse();
    assertThat(c.byAction("office.rail_instead_of_air").weak()).isFalse();
  }
}
