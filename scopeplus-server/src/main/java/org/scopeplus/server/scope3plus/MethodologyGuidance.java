package org.scopeplus.server.scope3plus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;

/**
 * The guidance of a Scope 3+ methodology as the API ({@code GET /api/v1/ecosystem/methodologies})
 * and the console's Scope 3+ page show it: what it counts, where, from which year, each parameter
 * with its region, vintage, source and status, and what to configure and from where.
 */
public final class MethodologyGuidance {
  private MethodologyGuidance() {}

  /** The catalog: its version, its methodologies, their version changes and withdrawals. */
  public record CatalogView(
      String catalog,
      List<MethodologyView> methodologies,
      List<VersionChangeView> changes,
      List<WithdrawalView> retired) {

    /** The catalog's guidance. */
    public static CatalogView of(MethodologyCatalog c) {
      return new CatalogView(
          c.version(),
          c.methodologies().stream().map(MethodologyGuidance::view).toList(),
          c.changes().values().stream()
              .map(x -> new VersionChangeView(x.action(), x.from(), x.changedIn(), x.reason()))
              .toList(),
          c.retired().values().stream()
              .map(x -> new WithdrawalView(x.action(), x.version(), x.retiredIn(), x.reason()))
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
      return new ParameterView(
          role,
          p.key(),
          p.found() ? p.value() : null,
          p.unit(),
          p.region(),
          p.vintage(),
          p.citation().publication(),
          p.citation().url(),
          p.citation().verification().name(),
          p.weak(),
          p.configured(),
          p.citation().notes());
    }
  }

  /** The guidance of one methodology, as the page and the API show it. */
  public static MethodologyView view(Methodology m) {
    List<ParameterView> parameters = new ArrayList<>();
    List<String> toConfigure = new ArrayList<>();
    m.parameters()
        .forEach(
            (role, p) -> {
              parameters.add(ParameterView.of(role, p));
              if (!p.found()) {
                toConfigure.add(
                    p.key()
                        + " ("
                        + p.unit()
                        + ")"
                        + (p.citation().notes().isEmpty() ? "" : ": " + p.citation().notes()));
              }
            });
    List<ParameterView> others = new ArrayList<>();
    m.vintages().forEach((role, list) -> list.forEach(p -> others.add(ParameterView.of(role, p))));
    int first = m.firstYear();
    return new MethodologyView(
        m.action(),
        m.version(),
        m.title(),
        m.kind().name(),
        m.baselineNote(),
        m.claiming().contribution(),
        m.claiming().actionClass(),
        m.claiming().attributionShare(),
        m.claiming().counterfactualEvidence(),
        m.validity().regions(),
        m.validity().businessAsUsual(),
        m.validity().transfers(),
        first == Integer.MIN_VALUE ? null : first,
        m.usable(),
        m.weak(),
        parameters,
        others,
        toConfigure);
  }
}
