package org.scopeplus.core.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.BlendPart;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.factor.CalorificBasis;
import org.scopeplus.core.factor.CalorificRatio;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.GasRate;
import org.scopeplus.core.factor.Resolution;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.gas.GlobalWarmingPotential;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.gas.Origin;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.spend.SpendTables;
import org.scopeplus.core.text.Decimals;

/**
 * Turns activity records into result lines: one line per gas, and for Scope 2 one set per method. A
 * pure function of (record, catalog, factor libraries, GWP table, options); thread-safe.
 *
 * <p>A record is calculated whole or not at all: when any of its gases cannot be calculated, no
 * line of it is emitted and the outcome names the problem.
 */
public final class CalculationEngine {

  /** The engine version recorded in every run manifest. */
  public static final String VERSION = "0.1.0";

  /** Factor key of activity types that take the supplier's own factor from the record. */
  public static final String SUPPLIER_SPECIFIC = "supplier.specific";

  private static final MeasureUnit MEGAWATT_HOUR =
      org.scopeplus.core.quantity.UnitSymbols.of("MWh");

  /** Gas placeholder in factors that apply to the substance the record names. */
  public static final String SUBSTANCE = "SUBSTANCE";

  private final ActivityCatalog catalog;
  private final FactorResolver resolver;
  private final GwpTable gwps;
  private final CalculationOptions options;
  private final SupplierFootprints supplierFootprints;
  private final SpendTables spend;
  // false when the caller keeps no conversion text (a stored run): lines carry null instead
  private final boolean describeConversions;
  // per origin, by gas id as the factor names it
  private final List<Map<String, Optional<GlobalWarmingPotential>>> gwpCache = new ArrayList<>();
  // gases by id as factors and records name them
  private final Map<String, Optional<Gas>> gasCache = new ConcurrentHashMap<>();
  // found factors with their notes, by what they depend on (see BasisKey)
  private final Map<BasisKey, Basis> bases = new ConcurrentHashMap<>();

  public CalculationEngine(
      ActivityCatalog catalog, FactorResolver resolver, GwpTable gwps, CalculationOptions options) {
    this(catalog, resolver, gwps, options, SupplierFootprints.NONE, SpendTables.NONE);
  }

  /**
   * An engine whose records may name a supplier product: such a record takes the product's
   * footprint from {@code supplierFootprints} as its factor, instead of the average factor.
   */
  public CalculationEngine(
      ActivityCatalog catalog,
      FactorResolver resolver,
      GwpTable gwps,
      CalculationOptions options,
      SupplierFootprints supplierFootprints) {
    this(catalog, resolver, gwps, options, supplierFootprints, SpendTables.NONE);
  }

  /**
   * An engine whose spend-based lines exchange and deflate spend into the factor's currency and
   * price year through {@code spend} ({@link SpendTables} states the rule).
   */
  public CalculationEngine(
      ActivityCatalog catalog,
      FactorResolver resolver,
      GwpTable gwps,
      CalculationOptions options,
      SpendTables spend) {
    this(catalog, resolver, gwps, options, SupplierFootprints.NONE, spend);
  }

  /**
   * An engine with both: records naming a supplier product take its footprint, and spend-based
   * lines exchange and deflate spend through {@code spend}.
   */
  public CalculationEngine(
      ActivityCatalog catalog,
      FactorResolver resolver,
      GwpTable gwps,
      CalculationOptions options,
      SupplierFootprints supplierFootprints,
      SpendTables spend) {
    this(catalog, resolver, gwps, options, supplierFootprints, spend, true);
  }

  private CalculationEngine(
      ActivityCatalog catalog,
      FactorResolver resolver,
      GwpTable gwps,
      CalculationOptions options,
      SupplierFootprints supplierFootprints,
      SpendTables spend,
      boolean describeConversions) {
    this.describeConversions = describeConversions;
    this.spend = spend;
    this.catalog = catalog;
    this.supplierFootprints = supplierFootprints;
    this.resolver = resolver;
    this.gwps = gwps;
    this.options = options;
    for (int i = 0; i < Origin.values().length; i++) {
      gwpCache.add(new ConcurrentHashMap<>());
    }
  }

  public CalculationOptions options() {
    return options;
  }

  /**
   * The same engine, whose lines carry no text of their quantity's conversion ({@link
   * ResultLine#conversion()} is null where a quantity was converted): for a caller that keeps none,
   * as the service's run, whose stored trace has no column for it. Every other field of every line
   * is the same, and the same records are refused with the same problems.
   */
  public CalculationEngine withoutConversionText() {
    return new CalculationEngine(
        catalog, resolver, gwps, options, supplierFootprints, spend, false);
  }

  public ActivityCatalog catalog() {
    return catalog;
  }

  public FactorResolver resolver() {
    return resolver;
  }

  public GwpTable gwpTable() {
    return gwps;
  }

  /** The exchange rates and price indices spend is converted with. */
  public SpendTables spendTables() {
    return spend;
  }

  /** Calculates one record, sending its lines to the sink only when all of them could be made. */
  public CalculationOutcome calculate(ActivityRecord r, LineSink sink) {
    return calculate(r, sink, false);
  }

  /**
   * Compiles the plan of a kind of record: the lines of a record of quantity 1 of this kind, wholly
   * owned (the caller applies a record's consolidated share), with the conversion of each line. The
   * plan reproduces {@link #calculate} for any quantity when it is {@linkplain LinePlan#linear()
   * linear}.
   */
  public LinePlan plan(
      ActivityType type,
      MeasureUnit unit,
      String region,
      Period period,
      String substance,
      String instrument) {
    ActivityRecord prototype =
        ActivityRecord.of("plan", "plan", "", period, type.key(), 1.0, unit, region)
            .withSubstance(substance)
            .withSupplierFactor(Double.NaN, null, instrument);
    List<ResultLine> lines = new ArrayList<>(4);
    if (calculate(prototype, lines::add, true) instanceof CalculationOutcome.Refused) {
      return LinePlan.refused();
    }
    boolean linear = true;
    List<Conversion> conversions = new ArrayList<>(lines.size());
    for (ResultLine l : lines) {
      EmissionFactor f = l.factor();
      if (f == null) {
        // no factor: an instrument line (zero by definition), or a supplier's own factor
        linear &= l.co2eGrams() == 0 && l.kgPerUnit() == 0.0 && !instrument.isEmpty();
        conversions.add(Conversion.NONE);
      } else {
        Converting<Conversion> c =
            basisChange(
                between(unit, period, f.perUnit(), f.density(), f.netCalorificValue()), unit, f);
        conversions.add(c instanceof Converting.Converted<Conversion> k ? k.value() : null);
      }
      linear &= l.share() == type.sign();
    }
    return new LinePlan(lines, conversions, linear);
  }

  /**
   * What a plan depends on besides the activity type, unit, region, substance and instrument: the
   * factor each of the type's factor keys (location- and market-based) resolves to for the period.
   * The engine reads a record's period only to resolve its factors, so two periods with the same
   * resolution key have the same plan, and a caller may compile one plan per key instead of one per
   * month.
   */
  public String resolutionKey(ActivityType type, String region, Period period) {
    StringBuilder b = new StringBuilder();
    if (type.quantityKinds().contains(QuantityKind.SPEND)) {
      // spend without a stated price year is exchanged and deflated from its period's year
      b.append(period.start().getYear()).append('|');
    }
    for (List<String> keys : List.of(type.factorKeys(), type.marketFactorKeys())) {
      for (String key : keys) {
        Resolution r = resolver.resolve(key, region, period.start());
        if (r instanceof Resolution.Found f) {
          b.append(f.library().name())
              .append(' ')
              .append(f.library().version())
              .append(' ')
              .append(f.factor().id());
        } else {
          b.append('-');
        }
        b.append(';');
      }
      b.append('|');
    }
    return b.toString();
  }

  /**
   * Calculates one record; {@code whollyOwned} takes its consolidated share as 1 whatever its org
   * unit (for plans, whose caller applies the share).
   */
  private CalculationOutcome calculate(ActivityRecord r, LineSink sink, boolean whollyOwned) {
    ActivityType type = catalog.type(r.activityType()).orElse(null);
    if (type == null) {
      return refuse(
          r,
          "activity_type",
          "unknown activity type '"
              + r.activityType()
              + "' (run `scopeplus catalog` for the list)");
    }
    if (!type.quantityKinds().contains(r.unit().kind())) {
      return refuse(
          r,
          "unit",
          "unit "
              + r.unit().symbol()
              + " measures "
              + r.unit().kind().label()
              + ", but activity type "
              + type.key()
              + " expects "
              + kinds(type));
    }
    double consolidated =
        whollyOwned
            ? 1.0
            : options.orgStructure().consolidatedShare(r.orgUnit(), options.consolidation());
    if (consolidated == 0.0) {
      return new CalculationOutcome.Calculated(0);
    }
    double share = type.sign() * r.share() * consolidated;
    Gas substance = null;
    if (type.substance() == SubstanceRule.REQUIRED) {
      if (r.substance().isEmpty()) {
        return refuse(
            r,
            "substance",
            "activity type "
                + type.key()
                + " needs the gas or refrigerant released (e.g. R-410A, SF6)");
      }
      substance = gas(r.substance()).orElse(null);
      if (substance == null) {
        return refuse(r, "substance", "unknown gas or refrigerant '" + r.substance() + "'");
      }
    }
    List<ResultLine> lines = new ArrayList<>(4);
    Problem problem = null;
    List<BlendPart> parts = catalog.blend(type.key());
    if (r.namesSupplierProduct()) {
      problem = supplierProduct(r, type, substance, share, lines);
    } else if (!parts.isEmpty()) {
      // a blend is its parts, each with its share of the quantity (ActivityCatalog checked them)
      for (BlendPart part : parts) {
        ActivityType partType = catalog.type(part.typeKey()).orElseThrow();
        problem =
            resolveAndApply(
                r,
                partType,
                Scope2Method.NOT_APPLICABLE,
                partType.factorKeys(),
                "blend "
                    + type.key()
                    + ": "
                    + Decimals.plain(part.fraction())
                    + " of the quantity is "
                    + partType.key()
                    + "; ",
                substance,
                share * part.fraction(),
                lines);
        if (problem != null) {
          break;
        }
      }
    } else if (type.isDualReported()) {
      problem = location(r, type, Scope2Method.LOCATION, substance, share, lines);
      if (problem == null) {
        problem = market(r, type, substance, share, lines);
      }
    } else if (r.hasSupplierFactor()) {
      problem = apply(r, type, Scope2Method.NOT_APPLICABLE, supplied(r), substance, share, lines);
    } else {
      problem = location(r, type, Scope2Method.NOT_APPLICABLE, substance, share, lines);
    }
    if (problem == null && catalog.isDeclared(type.key())) {
      // the trace says where a type declared by a user library comes from
      String origin =
          "activity type " + type.key() + " declared in " + catalog.origin(type.key()) + "; ";
      lines.replaceAll(l -> l.withFactorNote(origin + l.factorNote()));
    }
    if (problem != null) {
      return new CalculationOutcome.Refused(problem);
    }
    for (ResultLine line : lines) {
      sink.accept(line);
    }
    return new CalculationOutcome.Calculated(lines.size());
  }

  /**
   * A purchase naming a supplier product: the product's footprint on the first day of the record's
   * period replaces the average factor, converted from the footprint's declared unit to the
   * record's unit by the unit table. A footprint that is superseded or outside its validity period
   * is never used: when no footprint of the product applies, the record is refused with the reason.
   */
  private Problem supplierProduct(
      ActivityRecord r, ActivityType type, Gas substance, double share, List<ResultLine> out) {
    String column = "supplier_product_id";
    if (type.scope() != Scope.SCOPE_3 || (type.category() != 1 && type.category() != 2)) {
      return new Problem(
          r.source().file(),
          r.source().row(),
          column,
          "a supplier product's footprint replaces the factor of a purchase (Scope 3 category 1"
              + " or 2) only, not of "
              + type.key());
    }
    if (r.hasSupplierFactor()) {
      return new Problem(
          r.source().file(),
          r.source().row(),
          column,
          "give either supplier_product_id or supplier_factor_kg_co2e, not both");
    }
    SupplierFootprints.Choice choice =
        supplierFootprints.choose(r.supplierProduct(), r.period().start());
    if (choice instanceof SupplierFootprints.Choice.NotUsable n) {
      return new Problem(r.source().file(), r.source().row(), column, n.reason());
    }
    SupplierFootprints.Choice.Chosen chosen = (SupplierFootprints.Choice.Chosen) choice;
    ActivityRecord priced =
        r.withSupplierFactor(chosen.kgCo2ePerUnit(), chosen.perUnit(), r.instrument());
    return apply(
        priced,
        type,
        Scope2Method.NOT_APPLICABLE,
        new Basis(null, chosen.note(), null),
        substance,
        share,
        out);
  }

  private Problem location(
      ActivityRecord r,
      ActivityType type,
      Scope2Method method,
      Gas substance,
      double share,
      List<ResultLine> out) {
    if (r.hasSupplierFactor() && type.factorKeys().contains(SUPPLIER_SPECIFIC)) {
      // No published default exists for this energy (e.g. district cooling): the supplier's own
      // factor serves both Scope 2 methods.
      return apply(r, type, method, supplied(r), substance, share, out);
    }
    return resolveAndApply(r, type, method, type.factorKeys(), "", substance, share, out);
  }

  /**
   * Resolves a factor and applies it. When the most specific factor cannot take the record's unit
   * (a per-m3 national factor and a quantity in kWh), the next region up is tried, and the note
   * says why.
   */
  private Problem resolveAndApply(
      ActivityRecord r,
      ActivityType type,
      Scope2Method method,
      List<String> keys,
      String prefix,
      Gas substance,
      double share,
      List<ResultLine> out) {
    Basis basis = resolve(r, keys, prefix, 0);
    if (basis.problem != null) {
      return basis.problem;
    }
    Problem problem = apply(r, type, method, basis, substance, share, out);
    String skipped = "";
    while (problem != null && "unit".equals(problem.column()) && basis.factor != null) {
      int level = resolver.level(r.region(), basis.factor.region());
      skipped +=
          "factor "
              + basis.factor.id()
              + " (per "
              + basis.factor.perUnit().symbol()
              + ") cannot take a quantity in "
              + r.unit().symbol()
              + "; ";
      Basis next = resolve(r, keys, prefix + skipped, level + 1);
      if (next.problem != null || next.factor == null) {
        return problem;
      }
      basis = next;
      problem = apply(r, type, method, basis, substance, share, out);
    }
    return problem;
  }

  /**
   * Market-based lines of a Scope 2 record by the hierarchy of the GHG Protocol Scope 2 Guidance
   * (table 6.3): the contractual instruments allocated to the record's facility and months in the
   * instrument registry ({@link ContractualClaims}), then for what they leave the supplier's
   * specific factor, then the residual mix, then the grid average, each step named in the note.
   * Where market-based comes out above location-based because of the residual mix, the note says
   * why.
   */
  private Problem market(
      ActivityRecord r, ActivityType type, Gas substance, double share, List<ResultLine> out) {
    int first = out.size();
    Problem problem = marketLines(r, type, substance, share, out);
    if (problem == null && exceedsByResidualMix(r, type, substance, out, first)) {
      explainExcess(out, first);
    }
    return problem;
  }

  /**
   * Whether the market-based lines from {@code firstMarket} on include a residual mix and exceed
   * the location-based lines before them. The comparison is of the unrounded CO2e, so a record
   * gives the answer its plan (one unit, wholly owned) gives; a record of no quantity or no share
   * is judged as one unit of it, as its plan is.
   */
  private boolean exceedsByResidualMix(
      ActivityRecord r, ActivityType type, Gas substance, List<ResultLine> lines, int firstMarket) {
    boolean residual = false;
    for (int i = firstMarket; i < lines.size(); i++) {
      ResultLine l = lines.get(i);
      residual |= l.factor() != null && l.factor().type() == FactorType.RESIDUAL_MIX;
    }
    if (!residual) {
      return false;
    }
    double[] sums = sums(lines, firstMarket);
    if (sums[0] != 0 || sums[1] != 0) {
      return MarketBasedHierarchy.exceedsByResidualMix(true, sums[1], sums[0]);
    }
    ActivityRecord unit =
        new ActivityRecord(
            r.id(),
            r.orgUnit(),
            r.facility(),
            r.period(),
            r.activityType(),
            1.0,
            r.unit(),
            r.region(),
            r.substance(),
            r.supplier(),
            r.dataQuality(),
            r.evidence(),
            r.heatContent(),
            r.density(),
            1.0,
            r.supplierFactor(),
            r.supplierFactorUnit(),
            r.instrument(),
            r.supplierProduct(),
            r.source());
    List<ResultLine> one = new ArrayList<>(4);
    if (location(unit, type, Scope2Method.LOCATION, substance, type.sign(), one) != null) {
      return false;
    }
    int market = one.size();
    if (marketLines(unit, type, substance, type.sign(), one) != null) {
      return false;
    }
    double[] unitSums = sums(one, market);
    return MarketBasedHierarchy.exceedsByResidualMix(true, unitSums[1], unitSums[0]);
  }

  /** Unrounded kg CO2e of the location-based lines before {@code firstMarket} and of the rest. */
  private static double[] sums(List<ResultLine> lines, int firstMarket) {
    double location = 0;
    double market = 0;
    for (int i = 0; i < lines.size(); i++) {
      ResultLine l = lines.get(i);
      double kg = Math.abs(l.quantity() * l.kgPerUnit() * l.gwp() * l.share());
      if (i >= firstMarket) {
        market += kg;
      } else if (l.method() == Scope2Method.LOCATION) {
        location += kg;
      }
    }
    return new double[] {location, market};
  }

  private Problem marketLines(
      ActivityRecord r, ActivityType type, Gas substance, double share, List<ResultLine> out) {
    ContractualClaims claims = options.claims();
    if (claims.fromRegistry() && isElectricity(type)) {
      Optional<ContractualClaims.Coverage> coverage = claims.coverage(r.facility(), r.period());
      if (coverage.isPresent()) {
        return covered(r, type, substance, share, coverage.get(), out);
      }
      if (!r.instrument().isEmpty()) {
        // with a registry, a name in the record's instrument column claims nothing by itself: the
        // same certificate named on two records would otherwise be claimed twice
        return remainder(
            r,
            type,
            substance,
            share,
            "market-based: instrument '"
                + r.instrument()
                + "' named on the record has no kWh allocated to "
                + (r.facility().isEmpty() ? "a facility" : r.facility())
                + " in "
                + r.period().label()
                + " in the instrument registry, so it covers nothing; ",
            out);
      }
    }
    if (!r.instrument().isEmpty()) {
      Gas co2 = gas("CO2").orElseThrow();
      out.add(
          new ResultLine(
              r,
              type,
              Scope2Method.MARKET,
              co2,
              false,
              0,
              0,
              null,
              "market-based: "
                  + MarketBasedHierarchy.Step.INSTRUMENT.named()
                  + ": covered by contractual instrument '"
                  + r.instrument()
                  + "' (zero-emission attribute claimed for this energy)",
              r.quantity(),
              "",
              0.0,
              1.0,
              options.gwpSet(),
              "CO2 reference gas",
              share));
      return null;
    }
    return remainder(r, type, substance, share, "market-based: ", out);
  }

  /** The factor keys of the market-based steps after the instruments. */
  private static List<String> marketKeys(ActivityType type) {
    return type.marketFactorKeys().isEmpty() ? type.factorKeys() : type.marketFactorKeys();
  }

  /**
   * The step the record's uncovered share takes ({@link MarketBasedHierarchy#afterInstruments}):
   * the record's supplier factor, else the residual mix where the market-based keys resolve to one,
   * else the grid average.
   */
  private MarketBasedHierarchy.Step restStep(ActivityRecord r, ActivityType type) {
    return MarketBasedHierarchy.afterInstruments(
        r.hasSupplierFactor(),
        () -> {
          Basis b = resolve(r, marketKeys(type), "", 0);
          return b.factor != null && b.factor.type() == FactorType.RESIDUAL_MIX;
        });
  }

  /** The steps after the instruments: supplier-specific factor, residual mix, grid average. */
  private Problem remainder(
      ActivityRecord r,
      ActivityType type,
      Gas substance,
      double share,
      String prefix,
      List<ResultLine> out) {
    MarketBasedHierarchy.Step step = restStep(r, type);
    String named = prefix + step.named() + ": ";
    if (step == MarketBasedHierarchy.Step.SUPPLIER_SPECIFIC) {
      Basis supplier = supplied(r);
      return apply(
          r,
          type,
          Scope2Method.MARKET,
          new Basis(null, named + supplier.note, null),
          substance,
          share,
          out);
    }
    return resolveAndApply(
        r, type, Scope2Method.MARKET, marketKeys(type), named, substance, share, out);
  }

  /**
   * A record whose facility has instruments allocated in its months: one line per instrument for
   * the share of the record it covers, at the instrument's emission rate, then the uncovered share
   * down the rest of the hierarchy ({@link MarketBasedHierarchy#split}).
   */
  private Problem covered(
      ActivityRecord r,
      ActivityType type,
      Gas substance,
      double share,
      ContractualClaims.Coverage coverage,
      List<ResultLine> out) {
    long consumed = coverage.consumedKwh();
    String where = coverage.facility() + " in " + coverage.months();
    Gas co2e = Gas.CO2E;
    if (!(convert(r, null, MEGAWATT_HOUR, Double.NaN, Double.NaN)
        instanceof Converting.Converted<ConvertedQuantity> converted)) {
      return new Problem(
          r.source().file(),
          r.source().row(),
          "unit",
          "cannot apply the instruments allocated to "
              + where
              + " (per MWh) to a quantity in "
              + r.unit().symbol());
    }
    ConvertedQuantity mwh = converted.value();
    for (MarketBasedHierarchy.Part p :
        MarketBasedHierarchy.split(consumed, coverage.claims(), restStep(r, type))) {
      if (p.step() != MarketBasedHierarchy.Step.INSTRUMENT) {
        return remainder(
            r,
            type,
            substance,
            share * p.fraction(),
            "market-based: "
                + mwhText(p.kwh())
                + " of the "
                + mwhText(consumed)
                + " consumed by "
                + where
                + " are not covered by instruments, so "
                + Decimals.plain(p.fraction())
                + " of this record goes down the hierarchy; ",
            out);
      }
      ContractualClaims.Claim c = p.claim();
      double partShare = share * p.fraction();
      double kg = LinePlan.kilograms(mwh.quantity(), c.kgPerMwh(), partShare);
      long grams = Grams.ofKilograms(kg);
      if (grams == Grams.REFUSED) {
        return new Problem(
            r.source().file(),
            r.source().row(),
            "quantity",
            Grams.refusal(kg * 1000.0, "CO2e of instrument " + c.instrumentId()));
      }
      out.add(
          new ResultLine(
              r,
              type,
              Scope2Method.MARKET,
              co2e,
              false,
              grams,
              grams,
              null,
              "market-based: "
                  + MarketBasedHierarchy.Step.INSTRUMENT.named()
                  + ": "
                  + c.instrumentId()
                  + " ("
                  + c.description()
                  + ") has "
                  + mwhText(c.kwh())
                  + " of the "
                  + mwhText(consumed)
                  + " consumed by "
                  + where
                  + " allocated in the instrument registry, so it covers "
                  + Decimals.plain(p.fraction())
                  + " of this record at its emission rate of "
                  + Decimals.plain(c.kgPerMwh())
                  + " kg CO2e/MWh",
              mwh.quantity(),
              mwh.text(),
              c.kgPerMwh(),
              1.0,
              options.gwpSet(),
              "instrument emission rate stated as CO2e",
              partShare));
    }
    return null;
  }

  /** Says on the market-based lines made from a residual mix why they exceed location-based. */
  private static void explainExcess(List<ResultLine> lines, int firstMarket) {
    String why = "; " + MarketBasedHierarchy.EXCESS;
    for (int i = firstMarket; i < lines.size(); i++) {
      ResultLine l = lines.get(i);
      if (l.factor() != null && l.factor().type() == FactorType.RESIDUAL_MIX) {
        lines.set(i, l.withFactorNote(l.factorNote() + why));
      }
    }
  }

  private static boolean isElectricity(ActivityType type) {
    for (String key : type.factorKeys()) {
      if (key.startsWith("grid.")) {
        return true;
      }
    }
    return false;
  }

  private static String mwhText(long kwh) {
    return java.math.BigDecimal.valueOf(kwh, 3).stripTrailingZeros().toPlainString() + " MWh";
  }

  /**
   * What a found factor and its note depend on: the keys tried, the note's prefix, the record's
   * region and month (year x 12 + month - 1) and the first region level tried.
   */
  private record BasisKey(
      List<String> keys, String prefix, String region, int month, int fromLevel) {

    // written out: looked up for every record, and the record's generated methods go through
    // method handles; the keys are an activity type's own list, so the same instance as a rule

    @Override
    public int hashCode() {
      int h = keys.hashCode();
      h = 31 * h + prefix.hashCode();
      h = 31 * h + java.util.Objects.hashCode(region);
      h = 31 * h + month;
      return 31 * h + fromLevel;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BasisKey k
          && month == k.month
          && fromLevel == k.fromLevel
          && (keys == k.keys || keys.equals(k.keys))
          && prefix.equals(k.prefix)
          && java.util.Objects.equals(region, k.region);
    }
  }

  private Basis resolve(ActivityRecord r, List<String> keys, String prefix, int fromLevel) {
    LocalDate start = r.period().start();
    BasisKey key =
        new BasisKey(
            keys, prefix, r.region(), start.getYear() * 12 + start.getMonthValue() - 1, fromLevel);
    Basis known = bases.get(key);
    if (known != null) {
      return known;
    }
    Basis made = resolveUncached(r, keys, prefix, fromLevel);
    if (made.problem != null) {
      // a problem names the record's file and row: made anew for each record
      return made;
    }
    Basis first = bases.putIfAbsent(key, made);
    return first != null ? first : made;
  }

  private Basis resolveUncached(ActivityRecord r, List<String> keys, String prefix, int fromLevel) {
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      Resolution res = resolver.resolve(key, r.region(), r.period().start(), fromLevel);
      if (res instanceof Resolution.Found found) {
        String fallback =
            i == 0
                ? ""
                : "no '"
                    + String.join("' or '", keys.subList(0, i))
                    + "' factor applies, so '"
                    + key
                    + "' is used as a proxy; ";
        return new Basis(found.factor(), prefix + fallback + found.reason(), null);
      }
      reasons.add(((Resolution.NotFound) res).reason());
    }
    return new Basis(
        null,
        null,
        new Problem(r.source().file(), r.source().row(), "region", String.join("; ", reasons)));
  }

  private Basis supplied(ActivityRecord r) {
    MeasureUnit per = r.supplierFactorUnit() != null ? r.supplierFactorUnit() : r.unit();
    return new Basis(
        null,
        "supplier-specific factor given on the record: "
            + Decimals.text(r.supplierFactor())
            + " kg CO2e/"
            + per.symbol(),
        null);
  }

  private Problem apply(
      ActivityRecord r,
      ActivityType type,
      Scope2Method method,
      Basis basis,
      Gas substance,
      double share,
      List<ResultLine> out) {
    EmissionFactor f = basis.factor;
    MeasureUnit perUnit;
    List<GasRate> rates;
    Origin origin;
    double ncv;
    double density;
    GwpSet co2eBasis;
    if (f != null) {
      perUnit = f.perUnit();
      rates = f.rates();
      origin = f.origin();
      ncv = f.netCalorificValue();
      density = f.density();
      co2eBasis = f.co2eBasis();
    } else {
      perUnit = r.supplierFactorUnit() != null ? r.supplierFactorUnit() : r.unit();
      rates = List.of(new GasRate(Gas.CO2E.id(), r.supplierFactor()));
      origin = Origin.FOSSIL;
      ncv = Double.NaN;
      density = Double.NaN;
      co2eBasis = null;
    }
    Converting<ConvertedQuantity> converting = convert(r, f, perUnit, ncv, density);
    if (converting instanceof Converting.Refused<ConvertedQuantity> refused) {
      return new Problem(r.source().file(), r.source().row(), "unit", refused.reason());
    }
    if (!(converting instanceof Converting.Converted<ConvertedQuantity> converted)) {
      return new Problem(
          r.source().file(),
          r.source().row(),
          "unit",
          "cannot apply "
              + (f == null
                  ? (r.namesSupplierProduct()
                      ? "the footprint of supplier product " + r.supplierProduct()
                      : "the supplier factor")
                  : "factor " + f.id())
              + " (per "
              + perUnit.symbol()
              + ", "
              + perUnit.kind().label()
              + ") to a quantity in "
              + r.unit().symbol()
              + " ("
              + r.unit().kind().label()
              + ")"
              + bridgeHint(r.unit().kind(), perUnit.kind()));
    }
    ConvertedQuantity conversion = converted.value();
    for (GasRate rate : rates) {
      Gas gas;
      if (rate.gasId().equals(SUBSTANCE)) {
        if (substance == null) {
          return new Problem(
              r.source().file(),
              r.source().row(),
              "substance",
              "factor "
                  + (f == null ? "" : f.id())
                  + " applies to a named substance, but the record names none");
        }
        gas = substance;
      } else {
        gas = gas(rate.gasId()).orElse(null);
        if (gas == null) {
          throw new IllegalStateException(
              "factor " + (f == null ? "" : f.id()) + " names unknown gas " + rate.gasId());
        }
      }
      double gwp;
      String gwpSource;
      if (gas.group() == GasGroup.UNSPECIATED) {
        gwp = 1.0;
        gwpSource =
            co2eBasis == null || co2eBasis == options.gwpSet()
                ? "factor published as CO2e"
                : "factor published as CO2e with "
                    + co2eBasis
                    + " GWPs (run uses "
                    + options.gwpSet()
                    + "; not restated)";
      } else {
        Optional<GlobalWarmingPotential> g = gwp(gas.id(), origin);
        if (g.isEmpty()) {
          return new Problem(
              r.source().file(),
              r.source().row(),
              "substance",
              "no "
                  + options.gwpSet()
                  + " GWP is known for "
                  + gas.id()
                  + "; choose another GWP set or supply the value in a factor library");
        }
        gwp = g.get().value();
        gwpSource = g.get().source();
      }
      boolean biogenic = origin == Origin.BIOGENIC && gas.group() == GasGroup.CO2;
      double kg = LinePlan.kilograms(conversion.quantity(), rate.kgPerUnit(), share);
      long gasGrams = Grams.ofKilograms(kg);
      long co2eGrams = Grams.co2e(kg, gwp);
      if (gasGrams == Grams.REFUSED || co2eGrams == Grams.REFUSED) {
        boolean gasRefused = gasGrams == Grams.REFUSED;
        return new Problem(
            r.source().file(),
            r.source().row(),
            "quantity",
            Grams.refusal(
                gasRefused ? kg * 1000.0 : kg * 1000.0 * gwp,
                gasRefused ? "of " + gas.id() : "CO2e of " + gas.id()));
      }
      out.add(
          new ResultLine(
              r,
              type,
              method,
              gas,
              biogenic,
              gasGrams,
              co2eGrams,
              f,
              basis.note,
              conversion.quantity(),
              conversion.text(),
              rate.kgPerUnit(),
              gwp,
              options.gwpSet(),
              gwpSource,
              share));
    }
    return null;
  }

  private Optional<GlobalWarmingPotential> gwp(String gasId, Origin origin) {
    Map<String, Optional<GlobalWarmingPotential>> byGas = gwpCache.get(origin.ordinal());
    Optional<GlobalWarmingPotential> known = byGas.get(gasId);
    if (known == null) {
      known = gwps.gwp(gasId, options.gwpSet(), origin);
      byGas.putIfAbsent(gasId, known);
    }
    return known;
  }

  private Optional<Gas> gas(String id) {
    Optional<Gas> known = gasCache.get(id);
    if (known == null) {
      known = gwps.gas(id);
      gasCache.putIfAbsent(id, known);
    }
    return known;
  }

  /**
   * Converts the record's quantity into the factor's unit, bridging volume to mass by density and
   * mass to energy by heat content (the record's own values first, then the factor's defaults).
   *
   * @return the converted quantity with its description ("" when none was needed; none when the
   *     engine describes no conversion), none when no conversion exists, or the refusal
   */
  private Converting<ConvertedQuantity> convert(
      ActivityRecord r, EmissionFactor f, MeasureUnit target, double ncv, double density) {
    double d = Double.isNaN(r.density()) ? density : r.density();
    double h = Double.isNaN(r.heatContent()) ? ncv : r.heatContent();
    Converting<Conversion> bridged =
        basisChange(between(r.unit(), r.period(), target, d, h), r.unit(), f);
    if (bridged instanceof Converting.Refused<Conversion> refused) {
      return new Converting.Refused<>(refused.reason());
    }
    if (!(bridged instanceof Converting.Converted<Conversion> found)) {
      return new Converting.None<>();
    }
    Conversion conversion = found.value();
    double quantity = conversion.apply(r.quantity());
    if (!describeConversions) {
      return new Converting.Converted<>(new ConvertedQuantity(quantity, null));
    }
    return new Converting.Converted<>(
        new ConvertedQuantity(
            quantity,
            conversion.describe(
                r.quantity(),
                r.unit(),
                target,
                Double.isNaN(r.density()) ? "factor default" : "record",
                Double.isNaN(r.heatContent()) ? "factor default" : "record")));
  }

  /**
   * What converting into a factor's unit comes to: the result, no conversion between the units'
   * kinds (the caller names the factor and the kinds), or a refusal with its sentence.
   */
  sealed interface Converting<T> {
    /** The conversion made. */
    record Converted<T>(T value) implements Converting<T> {}

    /** No conversion exists between the units' kinds. */
    record None<T>() implements Converting<T> {}

    /** The conversion is refused, for the reason given. */
    record Refused<T>(String reason) implements Converting<T> {}
  }

  /**
   * A record's quantity converted into a factor's unit.
   *
   * @param quantity the quantity in the factor's unit
   * @param text how it was converted ("" when no conversion was needed), as a line carries it: null
   *     when the engine describes no conversion
   */
  private record ConvertedQuantity(double quantity, String text) {}

  /**
   * The conversion of a quantity in {@code from} into {@code to}: for spend against a spend factor,
   * the exchange and deflation of {@link SpendTables} (the year of spend is the unit's price year,
   * else the year {@code period} starts); otherwise {@link Conversion#between}.
   *
   * @return the conversion, none when none exists, or the refusal when spend cannot be converted
   */
  private Converting<Conversion> between(
      MeasureUnit from, Period period, MeasureUnit to, double density, double heat) {
    if (from.kind() == QuantityKind.SPEND && to.kind() == QuantityKind.SPEND) {
      int spendYear = from.yearOfSpend(period.start().getYear());
      SpendTables.Outcome o = spend.convert(from.symbol(), spendYear, to.symbol(), to.priceYear());
      if (o instanceof SpendTables.Converted c) {
        return new Converting.Converted<>(
            c.text().isEmpty()
                ? new Conversion(Conversion.Step.SAME_KIND, 1.0, 1.0, density, heat)
                : Conversion.spend(c.multiplier(), c.text()));
      }
      return new Converting.Refused<>(((SpendTables.Refused) o).reason());
    }
    Conversion conversion = Conversion.between(from, to, density, heat);
    return conversion == null ? new Converting.None<>() : new Converting.Converted<>(conversion);
  }

  /**
   * The conversion followed by the change of calorific basis that factor {@code f} needs: none when
   * the factor has no basis (a grid factor) or is not per unit of energy, or when the record's
   * energy is on the factor's basis. The record's energy is on the basis its unit states ({@link
   * CalorificBasis#ofUnit}); a quantity bridged from mass or volume is net, as every heat content
   * (the factor's default and the record's {@code heat_content_gj_per_t}) is a net calorific value.
   *
   * @return {@code converting} when it is no conversion or needs no change, else the conversion
   *     with the change, or the refusal when the basis is unknown or no ratio is known
   */
  static Converting<Conversion> basisChange(
      Converting<Conversion> converting, MeasureUnit recordUnit, EmissionFactor f) {
    if (!(converting instanceof Converting.Converted<Conversion> found)
        || f == null
        || f.basis() == CalorificBasis.NOT_APPLICABLE
        || f.perUnit().kind() != QuantityKind.ENERGY) {
      return converting;
    }
    CalorificBasis factorBasis = f.basis();
    CalorificBasis recordBasis =
        recordUnit.kind() == QuantityKind.ENERGY
            ? CalorificBasis.ofUnit(recordUnit)
            : CalorificBasis.NET;
    if (recordBasis == CalorificBasis.NOT_APPLICABLE) {
      return new Converting.Refused<>(
          "a quantity in "
              + recordUnit.symbol()
              + " does not say whether it counts the fuel's net (NCV) or gross (GCV) energy, and"
              + " factor "
              + f.id()
              + " is per "
              + f.perUnit().symbol()
              + " of "
              + factorBasis.describe()
              + " energy; write the unit as '"
              + recordUnit.symbol()
              + " NCV' or '"
              + recordUnit.symbol()
              + " GCV' (MMBtu and therm are gross, tce net)");
    }
    if (recordBasis == factorBasis) {
      return converting;
    }
    Optional<CalorificRatio> ratio = CalorificRatio.of(f);
    if (ratio.isEmpty()) {
      return new Converting.Refused<>(
          "the quantity is "
              + recordBasis.describe()
              + " energy and factor "
              + f.id()
              + " is per "
              + factorBasis.describe()
              + " energy, but no NCV/GCV ratio is known for its fuel (IPCC 2006 Vol. 2 Ch. 1"
              + " gives 0.95 for coal and oil, 0.90 for natural gas); give the quantity on the"
              + " factor's basis, or a factor library whose factor states its ncv_gcv_ratio");
    }
    return new Converting.Converted<>(
        found.value().withBasisChange(ratio.get(), recordBasis == CalorificBasis.GROSS));
  }

  private static String bridgeHint(QuantityKind from, QuantityKind to) {
    if (from == QuantityKind.VOLUME && (to == QuantityKind.MASS || to == QuantityKind.ENERGY)) {
      return "; give the fuel's density (density_kg_per_m3)"
          + (to == QuantityKind.ENERGY ? " and heat content (heat_content_gj_per_t)" : "");
    }
    if ((from == QuantityKind.MASS && to == QuantityKind.ENERGY)
        || (from == QuantityKind.ENERGY && to == QuantityKind.MASS)) {
      return "; give the fuel's heat content (heat_content_gj_per_t)";
    }
    return "";
  }

  private static String kinds(ActivityType type) {
    List<String> k = new ArrayList<>();
    for (QuantityKind q : QuantityKind.values()) {
      if (type.quantityKinds().contains(q)) {
        k.add(q.label());
      }
    }
    return String.join(" or ", k);
  }

  private static CalculationOutcome refuse(ActivityRecord r, String column, String message) {
    return new CalculationOutcome.Refused(
        new Problem(r.source().file(), r.source().row(), column, message));
  }

  /** A factor (or the record's own) and the note saying how it was chosen, or a problem. */
  private record Basis(EmissionFactor factor, String note, Problem problem) {}
}
