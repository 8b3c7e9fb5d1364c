package org.scopeplus.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;

/**
 * A user library declares its own activity types in the columns of the built-in catalog; each is
 * checked as strictly as the built-in ones, and the trace says where the type comes from.
 */
class DeclaredActivityTypesTest {

  private static final String ACTIVITY_HEADER =
      "record_id,org_unit,facility,period,activity_type,quantity,unit,region,substance";
  private static final String TYPES_HEADER =
      "key,scope,category,method,quantity_kinds,factor_keys,market_factor_keys,substance,sign,"
          + "negative_allowed,description";
  private static final String FACTORS_HEADER =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,"
          + "verification";

  @TempDir Path dir;

  private Path file(String name, String header, String... rows) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private InventoryOutcome run(Path activity, Path... libraries) throws IOException {
    return new InventoryJob(BuiltInReferenceData.load())
        .run(
            new InventoryRequest(
                List.of(activity),
                List.of(libraries),
                null,
                null,
                GwpSet.AR5,
                ConsolidationApproach.OPERATIONAL_CONTROL,
                0,
                true),
            bytes -> {});
  }

  @Test
  void aDeclaredTypeIsCalculatedWithItsLibrarysFactorAndTheTraceNamesItsOrigin()
      throws IOException {
    Path factors =
        file(
            "own-factors.csv",
            FACTORS_HEADER,
            "own.hydrogen,fuel.grey_hydrogen.own,GLOBAL,2020,2030,CO2,10.5,kg/kg,"
                + "direct_combustion,Supplier declaration (example),user_supplied");
    Path types =
        file(
            "own-types.csv",
            TYPES_HEADER,
            "s3.c1.grey_hydrogen,3,1,average-data,mass,fuel.grey_hydrogen.own,,none,1,false,"
                + "Grey hydrogen bought (cradle-to-gate)");
    Path activity =
        file("a.csv", ACTIVITY_HEADER, "H1,Group,Site,2024-02,s3.c1.grey_hydrogen,2,t,CN,");
    InventoryOutcome out = run(activity, factors, types);
    assertThat(out.problems()).isEmpty();
    // by hand: 2 t = 2,000 kg x 10.5 kg CO2/kg = 21,000 kg = 21,000,000 g, Scope 3 category 1
    assertThat(out.inventory().totals().scope3()).isEqualTo(21_000_000L);
    ResultLine line = out.lines().get(0);
    assertThat(line.type().category()).isEqualTo(1);
    assertThat(line.factorNote())
        .startsWith("activity type s3.c1.grey_hydrogen declared in user library own-types; ");
    assertThat(out.inventory().manifest().libraries())
        .anySatisfy(l -> assertThat(l.name()).isEqualTo("own-types (activity types)"));
  }

  @Test
  void aDeclaredTypeIsCheckedAsStrictlyAsTheBuiltInCatalog() throws IOException {
    Path types =
        file(
            "bad-types.csv",
            TYPES_HEADER,
            "s2.electricity,2,0,location-and-market,energy,grid.location,,none,1,false,clash",
            "S1 Bad Key,1,0,fuel-based,mass,grid.location,,none,1,false,bad key",
            "s3.c0.thing,3,0,guesswork,weight,fuel.nowhere,,maybe,2,perhaps,everything wrong");
    Path activity =
        file("a.csv", ACTIVITY_HEADER, "E1,Group,Site,2024-02,s2.electricity,1,MWh,CN,");
    assertThat(run(activity, types).problems())
        .extracting(Problem::toString)
        .containsExactly(
            "bad-types.csv:2 [key]: activity type s2.electricity is already in the catalog"
                + " (built-in); a library adds types, it never redefines one",
            "bad-types.csv:3 [key]: key 'S1 Bad Key' is not a key: lower-case letters, digits,"
                + " '.', '_' and '-', at most 100, e.g. s1.stationary.hydrogen",
            "bad-types.csv:4 [category]: a Scope 3 type needs a category 1 to 15, a Scope 1 or 2"
                + " type category 0",
            "bad-types.csv:4 [method]: method 'guesswork' is not a method of the catalog:"
                + " average-data, direct-measurement, distance-based, fuel-based,"
                + " investment-specific, location-and-market, mass-balance, screening,"
                + " spend-based, supplier-specific, waste-type-specific",
            "bad-types.csv:4 [quantity_kinds]: 'weight' is not a unit dimension (energy, mass,"
                + " volume, distance, ...)",
            "bad-types.csv:4 [factor_keys]: no factor library of this run has a factor for"
                + " 'fuel.nowhere'",
            "bad-types.csv:4 [substance]: substance must be none or required",
            "bad-types.csv:4 [sign]: sign must be 1 or -1",
            "bad-types.csv:4 [negative_allowed]: negative_allowed must be true or false");
  }
}
