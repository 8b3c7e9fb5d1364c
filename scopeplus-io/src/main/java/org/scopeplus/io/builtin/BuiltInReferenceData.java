package org.scopeplus.io.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.BlendPart;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.BlendComponent;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.gas.GlobalWarmingPotential;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.gas.RefrigerantBlend;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.factor.FactorLibraryReader;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Loads the reference data shipped with ScopePlus (resources under {@code
 * org/scopeplus/io/builtin/}), taken from the public sources each row names. A problem in these
 * files is a defect of the build, so it fails loudly.
 */
public final class BuiltInReferenceData {

  /** Name and version of the built-in factor library. */
  public static final String LIBRARY_NAME = "scopeplus-builtin";

  public static final String LIBRARY_VERSION = "2026.11";

  /** Name of the separately licensed Climatiq OEFDB library (CC BY-SA 4.0). */
  public static final String OEFDB_NAME = "climatiq-oefdb-2022-05";

  /**
   * Name of the library of US EPA GHG Emission Factors Hub factors (public domain), a library of
   * its own so that its edition is named in every run's manifest.
   */
  public static final String EPA_HUB_NAME = "us-epa-ghg-emission-factors-hub";

  /** The Hub editions its rows come from (each row names its table and year). */
  public static final String EPA_HUB_VERSION = "2021-2025";

  private static final String BASE = "/org/scopeplus/io/builtin/";

  private static volatile ReferenceData cached;

  private BuiltInReferenceData() {}

  /** The built-in reference data, loaded once. */
  public static ReferenceData load() {
    ReferenceData data = cached;
    if (data == null) {
      synchronized (BuiltInReferenceData.class) {
        data = cached;
        if (data == null) {
          data = loadUncached();
          cached = data;
        }
      }
    }
    return data;
  }

  private static ReferenceData loadUncached() {
    try {
      GwpTable gwps = gwps();
      RegionHierarchy regions = regions();
      ActivityCatalog catalog = catalog();
      FactorLibraryReader reader = new FactorLibraryReader(gwps);
      List<FactorLibrary> libraries = new ArrayList<>();
      libraries.add(library(reader, "factors-builtin.csv", LIBRARY_NAME, LIBRARY_VERSION));
      libraries.add(library(reader, "oefdb/factors-oefdb.csv", OEFDB_NAME, LIBRARY_VERSION));
      libraries.add(library(reader, "factors-epa-hub.csv", EPA_HUB_NAME, EPA_HUB_VERSION));
      return new ReferenceData(gwps, regions, catalog, libraries, spendTables());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in reference data", e);
    }
  }

  /** Name and version of the built-in exchange-rate table, as traces cite it. */
  public static final String EXCHANGE_RATES_NAME = "frb-g5a-annual-2017-2023";

  /** Name and version of the built-in price-index table, as traces cite it. */
  public static final String PRICE_INDICES_NAME = "cpi-u-hicp-ea-cn-cpi-2015-2025";

  /** The built-in exchange rates and price indices (exchange-rates.csv, price-indices.csv). */
  static org.scopeplus.core.spend.SpendTables spendTables() throws IOException {
    org.scopeplus.io.factor.SpendTablesReader reader =
        new org.scopeplus.io.factor.SpendTablesReader();
    ReadResult<org.scopeplus.core.spend.ExchangeRates> rates;
    try (InputStream in = open("exchange-rates.csv")) {
      rates = reader.readRates("exchange-rates.csv", in, EXCHANGE_RATES_NAME);
    }
    ReadResult<org.scopeplus.core.spend.PriceIndices> indices;
    try (InputStream in = open("price-indices.csv")) {
      indices = reader.readIndices("price-indices.csv", in, PRICE_INDICES_NAME);
    }
    if (!rates.ok() || !indices.ok()) {
      throw new IllegalStateException(
          "built-in spend tables have problems: " + rates.problems() + indices.problems());
    }
    return new org.scopeplus.core.spend.SpendTables(rates.value(), indices.value());
  }

  private static FactorLibrary library(
      FactorLibraryReader reader, String file, String name, String version) throws IOException {
    try (InputStream in = open(file)) {
      ReadResult<FactorLibrary> r = reader.read(file, in, name, version);
      if (!r.ok()) {
        throw new IllegalStateException(
            "built-in library " + file + " has problems: " + r.problems());
      }
      return r.value();
    }
  }

  /**
   * The zh-CN name of every built-in activity type (activity-types.zh-CN.csv), by key, worded as
   * the glossary of docs/ and the national standards word them.
   */
  public static Map<String, String> activityTypeNamesZhCn() {
    try {
      Map<String, String> names = new LinkedHashMap<>();
      for (Map<String, String> r : rows("activity-types.zh-CN.csv")) {
        names.put(r.get("key"), r.get("label_zh_cn"));
      }
      return java.util.Collections.unmodifiableMap(names);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read activity-types.zh-CN.csv", e);
    }
  }

  private static InputStream open(String file) {
    InputStream in = BuiltInReferenceData.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("missing built-in resource " + BASE + file);
    }
    return in;
  }

  private static List<Map<String, String>> rows(String file) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    try (TableReader t = TableReader.csv(file, open(file))) {
      List<String> header = t.header();
      t.forEachRow(
          (TableRow row) -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
              m.put(header.get(i), i < row.cells().length ? row.cells()[i].strip() : "");
            }
            out.add(m);
          });
    }
    return out;
  }

  static GwpTable gwps() throws IOException {
    GwpTable.Builder b = GwpTable.builder();
    for (Map<String, String> r : rows("gwp.csv")) {
      String id = r.get("gas_id");
      b.gas(new Gas(id, r.get("name"), GasGroup.valueOf(r.get("group"))));
      String source = r.get("source");
      Verification v =
          r.getOrDefault("verification", "").isEmpty()
              ? Verification.PUBLISHED
              : Verification.parse(r.get("verification"));
      String flagged = v.isWeak() ? source + " [" + v.label() + "]" : source;
      for (GwpSet set : GwpSet.values()) {
        String value = r.get(set.name().toLowerCase(Locale.ROOT));
        if (value != null && !value.isEmpty()) {
          b.gwp(
              id,
              set,
              new GlobalWarmingPotential(Double.parseDouble(value), set + ": " + flagged, false));
        }
      }
    }
    Map<String, List<BlendComponent>> components = new LinkedHashMap<>();
    Map<String, String[]> meta = new LinkedHashMap<>();
    for (Map<String, String> r : rows("blends.csv")) {
      String id = r.get("blend_id");
      components
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(
              new BlendComponent(
                  r.get("component_gas_id"), Double.parseDouble(r.get("mass_fraction"))));
      meta.putIfAbsent(id, new String[] {r.get("name"), r.get("composition_source")});
    }
    components.forEach(
        (id, parts) -> b.blend(new RefrigerantBlend(id, parts, meta.get(id)[1]), meta.get(id)[0]));
    return b.build();
  }

  static RegionHierarchy regions() throws IOException {
    Map<String, String> parents = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Map<String, String> r : rows("regions.csv")) {
      names.put(r.get("code"), r.get("name"));
      if (!r.get("parent").isEmpty()) {
        parents.put(r.get("code"), r.get("parent"));
      }
    }
    // docs/catalog.md, "US states": a state whose ZIP codes all lie in one eGRID subregion rolls up
    // to it; a state over several names them, and a grid record there is refused
    Map<String, List<String>> spans = new LinkedHashMap<>();
    for (Map<String, String> r : rows("us-state-egrid-subregions.csv")) {
      List<String> subregions = split(r.get("subregions"));
      names.put(r.get("state"), r.get("name"));
      if (subregions.size() == 1) {
        parents.put(r.get("state"), subregions.get(0));
      } else {
        spans.put(r.get("state"), subregions);
      }
    }
    return RegionHierarchy.of(parents, names, spans);
  }

  static ActivityCatalog catalog() throws IOException {
    List<ActivityType> types = new ArrayList<>();
    for (Map<String, String> r : rows("activity-types.csv")) {
      Set<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
      for (String k : r.get("quantity_kinds").split("\\|")) {
        kinds.add(QuantityKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
      }
      types.add(
          new ActivityType(
              r.get("key"),
              Scope.of(Integer.parseInt(r.get("scope"))),
              Integer.parseInt(r.get("category")),
              r.get("method"),
              kinds,
              split(r.get("factor_keys")),
              split(r.get("market_factor_keys")),
              SubstanceRule.valueOf(r.get("substance").toUpperCase(Locale.ROOT)),
              Integer.parseInt(r.get("sign")),
              Boolean.parseBoolean(r.get("negative_allowed")),
              r.get("description")));
    }
    Map<String, List<BlendPart>> blends = new LinkedHashMap<>();
    for (Map<String, String> r : rows("fuel-blends.csv")) {
      blends
          .computeIfAbsent(r.get("blend_key"), k -> new ArrayList<>())
          .add(new BlendPart(r.get("part_type"), Double.parseDouble(r.get("fraction"))));
    }
    return ActivityCatalog.of(types, blends);
  }

  private static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (String p : s.split("\\|")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
