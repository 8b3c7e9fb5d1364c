package org.scopeplus.io.city.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.scopeplus.core.city.spatial.Allocation;
import org.scopeplus.core.city.spatial.AllocationOutcome;

class CityMapTest {

  /** Two districts side by side: West 114.00-114.05 E, East 114.05-114.10 E, both 22.50-22.60 N. */
  static final String TWO_DISTRICTS =
      """
      {"type":"FeatureCollection","features":[
       {"type":"Feature","properties":{"id":"W","name":"West","population":300000,"gdp":5e10},
        "geometry":{"type":"Polygon","coordinates":[[[114.0,22.5],[114.05,22.5],[114.05,22.6],[114.0,22.6],[114.0,22.5]]]}},
       {"type":"Feature","properties":{"id":"E","name":"East","population":100000,"gdp":1.5e11},
        "geometry":{"type":"Polygon","coordinates":[[[114.05,22.5],[114.1,22.5],[114.1,22.6],[114.05,22.6],[114.05,22.5]]]}}
      ]}
      """;

  static List<District> districts(String json) {
    DistrictsRead r = DistrictFile.read("districts.geojson", json.getBytes(StandardCharsets.UTF_8));
    assertThat(r).as(r.toString()).isInstanceOf(DistrictsRead.Read.class);
    return ((DistrictsRead.Read) r).districts();
  }

  @Test
  void aDistrictsAreaIsItsAreaOnTheAuthalicSphere() {
    CityMap map = new CityMap(districts(TWO_DISTRICTS));
    // a cell of the graticule: R^2 x dLon x (sin lat2 - sin lat1), R = 6,371,007.181 m
    double r = LocalProjection.AUTHALIC_RADIUS;
    double expected =
        r
            * r
            * Math.toRadians(0.05)
            * (Math.sin(Math.toRadians(22.6)) - Math.sin(Math.toRadians(22.5)));
    // about 5.71e7 m2; straight edges in the projection differ from the parallels by far less
    // than 0.01%
    assertThat(map.area("W")).isCloseTo(expected, within(expected * 1e-4));
    assertThat(map.area("E")).isCloseTo(expected, within(expected * 1e-4));
    assertThat(map.districtAt(114.01, 22.55)).isEqualTo("W");
    assertThat(map.districtAt(114.2, 22.55)).isNull();
  }

  @Test
  void theProjectionGoesThereAndBack() {
    LocalProjection p = new LocalProjection(114.05, 22.55);
    Coordinate xy = p.forward(114.1, 22.6);
    Coordinate back = p.inverse(xy.x, xy.y);
    assertThat(back.x).isCloseTo(114.1, within(1e-9));
    assertThat(back.y).isCloseTo(22.6, within(1e-9));
    // 0.05 degrees of longitude at 22.6 N: about 5.14 km east
    assertThat(xy.x).isCloseTo(5_140, within(10.0));
  }

  @Test
  void districtsAndCellsAddUpExactlyToTheCity() {
    CityMap map = new CityMap(districts(TWO_DISTRICTS));
    List<PointSource> plant = List.of(new PointSource("plant", 114.01, 22.51, "power", 7_000_001L));
    AllocationOutcome o =
        map.toDistricts(
            Map.of("power", 10_000_003L, "transport", 3_333_333L, "buildings", 1_000_001L),
            plant,
            Map.of("E", Map.of("buildings", 400_000L)),
            Map.of("transport", Weighting.POPULATION));
    Allocation d = ((AllocationOutcome.Allocated) o).allocation();
    assertThat(d.total()).isEqualTo(10_000_003L + 3_333_333L + 1_000_001L);
    // power: plant in W; the 3,000,002 g left by equal areas (to within the projection)
    assertThat(d.grams().get("W").get("power")).isBetween(8_500_001L - 2_000, 8_500_002L + 2_000);
    // transport by population 3 : 1 = 2,499,999.75 / 833,333.25 -> 2,500,000 / 833,333
    assertThat(d.grams().get("W").get("transport")).isEqualTo(2_500_000L);
    assertThat(d.grams().get("E").get("transport")).isEqualTo(833_333L);

    List<GridCell> cells = CityGrid.over(map.box(), 1_000, map.projection());
    assertThat(cells).hasSize(11 * 12);
    Allocation c = ((AllocationOutcome.Allocated) map.toCells(d, plant, cells)).allocation();
    assertThat(c.total()).isEqualTo(d.total());
    for (String sector : List.of("power", "transport", "buildings")) {
      assertThat(c.sectorTotal(sector)).isEqualTo(d.sectorTotal(sector));
    }
    long biggest =
        c.grams().values().stream().mapToLong(s -> s.getOrDefault("power", 0L)).max().orElseThrow();
    assertThat(biggest).isGreaterThanOrEqualTo(7_000_001L);
  }

  @Test
  void aPointSourceOutsideTheCityIsRefused() {
    CityMap map = new CityMap(districts(TWO_DISTRICTS));
    assertThat(
            map.toDistricts(
                Map.of("power", 10L),
                List.of(new PointSource("far", 120, 30, "power", 5)),
                Map.of(),
                Map.of()))
        .isInstanceOfSatisfying(
            AllocationOutcome.Refused.class, r -> assertThat(r.reason()).contains("'far'"));
  }
}
