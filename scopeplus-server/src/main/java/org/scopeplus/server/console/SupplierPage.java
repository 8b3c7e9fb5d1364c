package org.scopeplus.server.console;

import java.util.List;
import java.util.Optional;
import org.scopeplus.core.supplier.Supplier;
import org.scopeplus.core.supplier.TargetStatus;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.supplier.SupplierRegisterStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supplier register with its label tiers, and the engagement figures of the tenant's latest
 * run: the SBTi supplier engagement metric by emissions and by spend, and the supplier-data share
 * by year. Every role reads it; an admin adds or changes a supplier with the page's form (CSRF
 * token, role checked here), through the store's checks that also guard {@code PUT
 * /api/v1/suppliers}, each change audited.
 */
@ConsoleController
class SupplierPage {

  private final Database db;
  private final SupplierRegisterStore register = new SupplierRegisterStore();
  private final RunStore runs = new RunStore();

  SupplierPage(Database db) {
    this.db = db;
  }

  @GetMapping("/suppliers")
  String suppliers(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String edit,
      Model model) {
    db.inTransaction(
        c -> {
          List<Supplier> suppliers = register.suppliers(c, caller.tenantId());
          model.addAttribute("suppliers", suppliers);
          model.addAttribute("tiers", register.tiers(c, caller.tenantId()));
          List<CalculationRun> latest =
              runs.list(c, caller.tenantId(), null, new PageRequest(0, 1)).items();
          CalculationRun run = latest.isEmpty() ? null : latest.get(0);
          model.addAttribute("run", run);
          model.addAttribute(
              "measurement",
              run == null ? null : register.measurement(c, run.id()).name().toLowerCase());
          model.addAttribute(
              "years", run == null ? List.of() : List.copyOf(register.ofRun(c, run.id()).values()));
          if (!model.containsAttribute("editing")) {
            model.addAttribute(
                "editing",
                suppliers.stream().filter(s -> s.id().equals(edit)).findFirst().orElse(null));
          }
          return null;
        });
    model.addAttribute("admin", caller.administers());
    model.addAttribute("statuses", List.of(TargetStatus.values()));
    model.addAttribute("ambitions", List.of("1.5C", "well-below-2C", "net-zero"));
    return "console/suppliers";
  }

  @PostMapping("/suppliers")
  String save(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String supplierId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String targetStatus,
      @RequestParam(defaultValue = "") String targetYear,
      @RequestParam(defaultValue = "") String ambition,
      @RequestParam(defaultValue = "false") boolean pactVerified,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    Optional<TargetStatus> status = TargetStatus.parse(targetStatus);
    if (status.isEmpty()) {
      return refused(flash, "mgmt.suppliers.refused.status", null);
    }
    int year;
    try {
      year = targetYear.isBlank() ? 0 : Integer.parseInt(targetYear.strip());
    } catch (NumberFormatException e) {
      return refused(flash, "mgmt.suppliers.refused.year", null);
    }
    Supplier supplier;
    try {
      RequestText.within("supplierId", supplierId, 200);
      RequestText.within("name", name, 200);
      RequestText.within("ambition", ambition, 20);
      supplier = new Supplier(supplierId, name, status.get(), year, ambition, pactVerified);
    } catch (ApiProblem p) {
      flash.addFlashAttribute("refusalSaid", p.sentence());
      return refused(flash, "mgmt.suppliers.refused", p.getMessage());
    }
    Optional<String> why = supplier.refusal();
    if (why.isPresent()) {
      flash.addFlashAttribute("editing", supplier);
      return refused(flash, "mgmt.suppliers.refused", why.get());
    }
    boolean replaced;
    try {
      replaced =
          db.inTransaction(c -> register.save(c, caller.tenantId(), supplier, caller.username()));
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("editing", supplier);
      return refused(flash, "mgmt.suppliers.refused", e.getMessage());
    }
    flash.addFlashAttribute("done", replaced ? "mgmt.suppliers.changed" : "mgmt.suppliers.added");
    flash.addFlashAttribute("doneArg", supplier.name());
    return "redirect:/suppliers";
  }

  private static String refused(RedirectAttributes flash, String key, String detail) {
    flash.addFlashAttribute("refusal", key);
    flash.addFlashAttribute("refusalDetail", detail);
    return "redirect:/suppliers";
  }
}
