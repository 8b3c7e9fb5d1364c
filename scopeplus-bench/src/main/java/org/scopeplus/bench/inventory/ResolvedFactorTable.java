package org.scopeplus.bench.inventory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoDataset;

/**
 * The factors the engine resolves for every kind of record the generator writes, exported as a flat
 * CSV for DuckDB: one row per result line of each (activity type, unit, region, period, substance,
 * covered by an instrument), with the conversion steps, kilograms per unit, GWP and sign the engine
 * applies, and where the line is added up (scope slot, category, gas).
 */
final class ResolvedFactorTable {

  static final String HEADER =
      "activity_type,unit,region,period,substance,covered,line_no,slot,category,gas_key,"
          + "in_location,in_market,step,first,last,density,heat,kg_per_unit,gwp,sign";

  private ResolvedFactorTable() {}

  /** Writes the table for the kinds of record in the demo's activity file. */
  static int write(ReferenceData reference, Path out) throws IOException {
    CalculationEngine engine = reference.engine(CalculationOptions.defaults());
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (String[] k : DemoDataset.recordKinds()) {
        ActivityType type = reference.catalog().type(k[0]).orElseThrow();
        boolean covered = Boolean.parseBoolean(k[5]);
        LinePlan plan =
            engine.plan(
                type,
                UnitSymbols.of(k[1]),
                k[2],
                Period.parse(k[3]).orElseThrow(),
                k[4],
                covered ? "GEC" : "");
        if (!plan.linear()) {
          throw new IllegalStateException("no linear plan for " + String.join(",", k));
        }
        for (int i = 0; i < plan.lineCount(); i++) {
          ResultLine l = plan.prototype(i);
          String slot;
          String gas;
          boolean inLocation = l.method() != Scope2Method.MARKET;
          boolean inMarket = l.method() != Scope2Method.LOCATION;
          if (l.biogenic()) {
            slot = "biogenic";
            gas = "";
          } else if (!l.gas().group().inTotals()) {
            slot = "memo";
            gas = GasGroup.MONTREAL_MEMO.key();
            inLocation = true;
            inMarket = true;
          } else {
            slot =
                switch (type.scope()) {
                  case SCOPE_1 -> "scope1";
                  case SCOPE_2 ->
                      l.method() == Scope2Method.MARKET ? "scope2_market" : "scope2_location";
                  case SCOPE_3 -> "scope3";
                };
            gas = l.gas().group().key();
          }
          w.write(
              String.join(
                  ",",
                  k[0],
                  k[1],
                  k[2],
                  k[3],
                  k[4],
                  Boolean.toString(covered),
                  Integer.toString(i),
                  slot,
                  Integer.toString(type.category()),
                  gas,
                  Boolean.toString(inLocation),
                  Boolean.toString(inMarket),
                  Integer.toString(plan.conversion(i).step().ordinal()),
                  num(plan.conversion(i).first()),
                  num(plan.conversion(i).last()),
                  num(plan.conversion(i).density()),
                  num(plan.conversion(i).heat()),
                  num(plan.kgPerUnit(i)),
                  num(plan.gwp(i)),
                  num(l.share())));
          w.write('\n');
          rows++;
        }
      }
    }
    return rows;
  }

  /** A double as the shortest text that reads back to the same double ("" for NaN). */
  private static String num(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v).toUpperCase(Locale.ROOT);
  }
}
