package org.scopeplus.io.city.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.Problem;

class DistrictFileTest {

  private static List<Problem> refused(String json) {
    DistrictsRead r = DistrictFile.read("d.geojson", json.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(DistrictsRead.Refused.class);
    return ((DistrictsRead.Refused) r).problems();
  }

  private static String one(String id, String coordinates) {
    return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\""
        + id
        + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
        + coordinates
        + "}}]}";
  }

  @Test
  void districtsAreReadWithTheirFigures() {
    List<District> ds = CityMapTest.districts(CityMapTest.TWO_DISTRICTS);
    assertThat(ds).extracting(District::id).containsExactly("W", "E");
    assertThat(ds.get(0).name()).isEqualTo("West");
    assertThat(ds.get(0).population()).isEqualTo(300_000.0);
    assertThat(ds.get(1).gdp()).isEqualTo(1.5e11);
    assertThat(ds.get(0).geometryJson()).contains("Polygon");
  }

  @Test
  void anOpenRingIsRefused() {
    List<Problem> p = refused(one("A", "[[[0,0],[1,0],[1,1],[0,1]]]"));
    assertThat(p.get(0).row()).isEqualTo(1);
    assertThat(p.get(0).column()).isEqualTo("geometry.coordinates");
    assertThat(refused(one("A", "[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]")).get(0).message())
        .contains("open");
  }

  @Test
  void aSelfIntersectingRingIsRefusedWithWhere() {
    // a bow tie: the edges cross at 0.5, 0.5
    Problem p = refused(one("Bow", "[[[0,0],[1,1],[1,0],[0,1],[0,0]]]")).get(0);
    assertThat(p.column()).isEqualTo("geometry");
    assertThat(p.message()).contains("'Bow'").contains("self-intersection").contains("0.5");
  }

  @Test
  void positionsOffTheEarthOverlapsAndDuplicatesAreRefused() {
    assertThat(refused(one("A", "[[[0,0],[1,0],[1,91],[0,0]]]")).get(0).message())
        .contains("latitude");
    String twice =
        "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"B\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[3,1],[3,3],[1,3],[1,1]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5,5],[6,5],[6,6],[5,6],[5,5]]]}}]}";
    List<Problem> p = refused(twice);
    assertThat(p)
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("appears twice"));
    assertThat(
            refused(
                twice.replace(
                    "\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5",
                    "\"id\":\"C\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[5")))
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("'B' overlaps district 'A'"));
  }

  @Test
  void notJsonOrNotAFeatureCollectionOrTooBigIsRefused() {
    assertThat(refused("{nope").get(0).message()).contains("not JSON");
    assertThat(refused("{\"type\":\"Point\",\"coordinates\":[0,0]}").get(0).message())
        .contains("FeatureCollection");
    assertThat(
            ((DistrictsRead.Refused)
                    DistrictFile.read("big.geojson", new byte[DistrictFile.MAX_BYTES + 1]))
                .problems()
                .get(0)
                .message())
        .contains("at most");
    assertThat(refused(one("A", "[[[1e300,0],[1,0],[1,1],[0,0]]]")).get(0).message())
        .contains("longitude");
  }
}
