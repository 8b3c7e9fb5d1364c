package org.scopeplus.server.scope3plus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.io.scope3plus.MethodologyTexts;

/**
 * The guidance of a Scope 3+ methodology as the API ({@code GET /api/v1/ecosystem/methodologies})
 * and the console's Scope 3+ page show it: what it counts, where, from which year, each parameter
 * with its region, vintage, source and status, and what to configure and from where.
 */
public final class MethodologyGuidance {
  private MethodologyGuidance() {}

  /**
   * How the catalog's own texts (baselines, what to configure and from where, transfers, reasons)
   * are said in {@code locale}: in Simplified Chinese from their {@code _zh} wordings in the
   * methodology file for a Chinese reader, else as written; a text without a wording (a value's
   * citation, a tenant's own source) is always shown as written.
   */
  public static UnaryOperator<String> wording(Locale locale) {
    if (!locale.getLanguage().equals("zh")) {
      return UnaryOperator.identity();
    }
    return english -> {
      String said = MethodologyTexts.chinese(english);
      return said == null ? english : said;
    };
  }

  /** The catalog: its version, its methodologies, their version changes and withdrawals. */
  public record CatalogView(
      String catalog,
      List<MethodologyView> methodologies,
      List<VersionChangeView> changes,
      List<WithdrawalView> retired) {

    /** The catalog's guidance. */
    public static CatalogView of(MethodologyCatalog c) {
      return of(c, UnaryOperator.identity());
    }

    /** The catalog's guidance, its own texts said by {@code say} ({@link #wording}). */
    public static CatalogView of(MethodologyCatalog c, UnaryOperator<String> say) {
      return new CatalogView(
          c.version(),
          c.methodologies().stream().map(m -> view(m, say)).toList(),
          c.changes().values().stream()
              .map(
                  x ->
                      new VersionChangeView(
                          x.action(), x.from(), x.changedIn(), say.apply(x.reason())))
              .toList(),
          c.retired().values().stream()
              .map(
                  x ->
                      new WithdrawalView(
                          x.action(), x.version(), x.retiredIn(), say.apply(x.reason())))
              .toList());
    }
  }

  /** A methodology's change of version, a restatement of a ledger that counted the earlier one. */
  public record VersionChangeView(String action, String from, String changedIn, String reason) {}

  /** A methodology withdrawn from the catalog, with its last version and the reason. */
  public record WithdrawalView(String action, String version, String retiredIn, String reason) {}

  /**
   * One methodology and its guidance.
   *
   * @param firstYear the first year it counts (the latest, over its roles, of the earliest vintage
   *     of the role's parameter); null when no parameter has a vintage
   * @param toConfigure each value that was not found, with what to configure it from
   */
  public record MethodologyView(
      String action,
      String version,
      String title,
      String formula,
      String baseline,
      String contribution,
      String actionClass,
      double attributionShare,
      String counterfactualEvidence,
      List<String> regions,
      Map<String, String> businessAsUsual,
      Map<String, String> transfers,
      Integer firstYear,
      boolean usable,
      boolean weak,
      List<ParameterView> parameters,
      List<ParameterView> otherVintages,
      List<String> toConfigure) {}

  /**
   * A parameter of a methodology's role.
   *
   * @param value null when it was not found and must be configured
   * @param region where it holds ("" when configured: wherever its methodology counts)
   * @param vintage the data or publication year ("" when none: it holds in every year)
   * @param status the verification of its source ({@code weak} says whether grams resting on it are
   *     flagged)
   */
  public record ParameterView(
      String role,
      String key,
      Double value,
      String unit,
      String region,
      String vintage,
      String source,
      String url,
      String status,
      boolean weak,
      boolean configured,
      String note) {
    public static ParameterView of(String role, Parameter p) {
      return of(role, p, UnaryOperator.identity());
    }

    /** A parameter, its source (when not found: what to configure) and note said by {@code say}. */
    public static ParameterView of(String role, Parameter p, UnaryOperator<String> say) {
      return new ParameterView(
          role,
          p.key(),
          p.found() ? p.value() : null,
          p.unit(),
          p.region(),
          p.vintage(),
          say.apply(p.citation().publication()),
          p.citation().url(),
          p.citation().verification().name(),
          p.weak(),
          p.configured(),
          say.apply(p.citation().notes()));
    }
  }

  /** The guidance of one methodology, as the page and the API show it. */
  public static MethodologyView view(Methodology m) {
    return view(m, UnaryOperator.identity());
  }

  /** The guidance of one methodology, its own texts said by {@code say} ({@link #wording}). */
  public static MethodologyView view(Methodology m, UnaryOperator<String> say) {
    List<ParameterView> parameters = new ArrayList<>();
    List<String> toConfigure = new ArrayList<>();
    m.parameters()
        .forEach(
            (role, p) -> {
              parameters.add(ParameterView.of(role, p, say));
              if (!p.found()) {
                toConfigure.add(
                    p.key()
                        + " ("
                        + p.unit()
                        + ")"
                        + (p.citation().notes().isEmpty()
                            ? ""
                            : ": " + say.apply(p.citation().notes())));
              }
            });
    List<ParameterView> others = new ArrayList<>();
    m.vintages()
        .forEach((role, list) -> list.forEach(p -> others.add(ParameterView.of(role, p, say))));
    int first = m.firstYear();
    return new MethodologyView(
        m.action(),
        m.version(),
        m.title(),
        m.kind().name(),
        say.apply(m.baselineNote()),
        m.claiming().contribution(),
        m.claiming().actionClass(),
        m.claiming().attributionShare(),
        say.apply(m.claiming().counterfactualEvidence()),
        m.validity().regions(),
        said(m.validity().businessAsUsual(), say),
        said(m.validity().transfers(), say),
        first == Integer.MIN_VALUE ? null : first,
        m.usable(),
        m.weak(),
        parameters,
        others,
        toConfigure);
  }

  private static Map<String, String> said(Map<String, String> texts, UnaryOperator<String> say) {
    Map<String, String> out = new LinkedHashMap<>();
    texts.forEach((k, v) -> out.put(k, say.apply(v)));
    return out;
  }
}
