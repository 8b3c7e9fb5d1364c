package org.scopeplus.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.report.InventoryTableWriter;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.RunInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scopeplus catalog}: the activity types the calculation knows (docs/catalog.md), grouped
 * once per scope and Scope 3 category, each with its English description and its zh-CN name. {@code
 * --search} finds types by words in any order, in English or Chinese.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "List the activity types: scope, category, method, units and factors.",
      "Search by words in any order, in English or Chinese: --search \"diesel road\", --search 柴油"
    })
public final class CatalogCommand implements Callable<Integer> {

  /** The zh-CN names of the scopes and the Scope 3 categories (docs glossary, sections 2 and 4). */
  private static final String[] CATEGORY_NAMES_ZH = {
    "",
    "外购商品和服务",
    "资本商品",
    "燃料和能源相关活动",
    "上游运输和配送",
    "运营中产生的废弃物",
    "商务旅行",
    "雇员通勤",
    "上游租赁资产",
    "下游运输和配送",
    "售出产品的加工",
    "售出产品的使用",
    "售出产品的寿命终止处理",
    "下游租赁资产",
    "特许经营",
    "投资"
  };

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      description =
          "Only types whose key, description or Chinese name holds every word of TEXT, in any"
              + " order.")
  String search;

  @Parameters(hidden = true, arity = "0..*")
  List<String> moreWords;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description =
          "User libraries, as for inventory: the activity types they declare are listed with the"
              + " library they come from.")
  List<java.nio.file.Path> factorFiles = new ArrayList<>();

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> zh = BuiltInReferenceData.activityTypeNamesZhCn();
    List<String> words = words();
    ActivityCatalog catalog = BuiltInReferenceData.load().catalog();
    if (!factorFiles.isEmpty()) {
      RunInputs inputs =
          RunInputs.read(
              BuiltInReferenceData.load(),
              new InventoryRequest(
                  List.of(),
                  factorFiles,
                  null,
                  null,
                  GwpSet.AR5,
                  ConsolidationApproach.OPERATIONAL_CONTROL,
                  0,
                  false));
      if (!inputs.problems().isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        inputs.problems().listed().forEach(p -> err.println(p));
        err.flush();
        return 1;
      }
      catalog = inputs.data().catalog();
    }
    Map<Integer, List<ActivityType>> groups = new TreeMap<>();
    for (ActivityType t : catalog.types()) {
      String text =
          String.join(
                  " ",
                  t.key(),
                  t.key().replace('.', ' ').replace('_', ' '),
                  t.description(),
                  zh.getOrDefault(t.key(), ""),
                  heading(t),
                  headingZh(t))
              .toLowerCase(Locale.ROOT);
      if (words.stream().allMatch(text::contains)) {
        groups.computeIfAbsent(group(t), g -> new ArrayList<>()).add(t);
      }
    }
    int shown = 0;
    for (List<ActivityType> group : groups.values()) {
      ActivityType first = group.get(0);
      out.println();
      out.println(heading(first) + "  " + headingZh(first));
      for (ActivityType t : group) {
        List<String> kinds = new ArrayList<>();
        for (QuantityKind k : QuantityKind.values()) {
          if (t.quantityKinds().contains(k)) {
            kinds.add(k.label());
          }
        }
        out.printf(
            "  %-48s %-16s %s%n",
            t.key(),
            t.method(),
            String.join("|", kinds)
                + (t.substance() == SubstanceRule.REQUIRED ? "; needs substance" : "")
                + (t.sign() < 0 ? "; subtracted" : ""));
        String name = zh.getOrDefault(t.key(), "");
        if (!name.isEmpty()) {
          out.printf("      %s%n", name);
        }
        if (!t.description().isEmpty()) {
          out.printf("      %s%n", t.description());
        }
        if (catalog.isDeclared(t.key())) {
          out.printf("      declared in %s%n", catalog.origin(t.key()));
        }
        shown++;
      }
    }
    out.printf("%n%d activity types. Details: docs/catalog.md%n", shown);
    out.flush();
    return 0;
  }

  private List<String> words() {
    List<String> all = new ArrayList<>();
    if (search != null) {
      all.addAll(Arrays.asList(search.strip().split("\\s+")));
    }
    if (moreWords != null) {
      all.addAll(moreWords);
    }
    return all.stream().filter(w -> !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /** Scope 1, Scope 2, then Scope 3 by category: one group each. */
  private static int group(ActivityType t) {
    return t.scope() == Scope.SCOPE_3 ? 100 + t.category() : t.scope().number();
  }

  private static String heading(ActivityType t) {
    return switch (t.scope()) {
      case SCOPE_1 -> "Scope 1";
      case SCOPE_2 -> "Scope 2 (location-based and market-based)";
      case SCOPE_3 ->
          "Scope 3, category "
              + t.category()
              + ": "
              + InventoryTableWriter.categoryName(t.category());
    };
  }

  private static String headingZh(ActivityType t) {
    return switch (t.scope()) {
      case SCOPE_1 -> "范围1（直接排放）";
      case SCOPE_2 -> "范围2（能源间接排放）";
      case SCOPE_3 -> "范围3 类别" + t.category() + "：" + CATEGORY_NAMES_ZH[t.category()];
    };
  }
}
