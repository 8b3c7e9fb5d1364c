package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.StoredColumns;
import org.scopeplus.store.org.Facility;
import org.scopeplus.store.org.FacilityStore;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.org.StoredOrgUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation: org units with ownership shares, facilities and reporting periods. */
@Tag(
    name = "Organisation",
    description = "Org units with equity share and control, facilities, and reporting periods")
@RestController
@RequestMapping("/api/v1")
class OrgController {

  /** An org unit. */
  record OrgUnitView(
      String id,
      String path,
      double equityShare,
      boolean operationalControl,
      boolean financialControl) {
    static OrgUnitView of(StoredOrgUnit u) {
      return new OrgUnitView(
          u.id(),
          u.unit().path(),
          u.unit().equityShare(),
          u.unit().operationalControl(),
          u.unit().financialControl());
    }
  }

  /** A new org unit or a change of its ownership and control. */
  record OrgUnitBody(
      String path, Double equityShare, Boolean operationalControl, Boolean financialControl) {}

  /** A facility, or a new one (id empty). */
  record FacilityBody(String id, String name, String orgUnit, String region) {
    static FacilityBody of(Facility f) {
      return new FacilityBody(f.id(), f.name(), f.orgUnitPath(), f.region());
    }
  }

  /** A reporting period, or a new one (id empty). */
  record PeriodBody(String id, String name, String start, String end) {
    static PeriodBody of(ReportingPeriod p) {
      return new PeriodBody(p.id(), p.name(), p.start().toString(), p.end().toString());
    }
  }

  private final Database db;
  private final OrgUnitStore units = new OrgUnitStore();
  private final FacilityStore facilities = new FacilityStore();
  private final PeriodStore periods = new PeriodStore();

  OrgController(Database db) {
    this.db = db;
  }

  @Operation(summary = "List the org units")
  @GetMapping("/org-units")
  PageBody<OrgUnitView> units(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return TenantReads.page(db, caller, page, size, units::list, OrgUnitView::of);
  }

  @Operation(summary = "Read one org unit")
  @GetMapping("/org-units/{id}")
  OrgUnitView unit(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return OrgUnitView.of(TenantReads.one(db, caller, "org unit", id, units::byId));
  }

  @Operation(summary = "Add an org unit with its equity share and control")
  @PostMapping("/org-units")
  @ResponseStatus(HttpStatus.CREATED)
  OrgUnitView addUnit(@AuthenticationPrincipal Caller caller, @RequestBody OrgUnitBody body) {
    String path =
        RequestText.orgPath(
            "path",
            body == null ? null : body.path(),
            "an org unit needs a path, e.g. Group/Cloud/DC-Hangzhou");
    Access.writesIn(caller, path);
    OrgUnit unit = orgUnit(path, body);
    return OrgUnitView.of(
        db.inTransaction(
            c -> {
              if (units.byPath(c, caller.tenantId(), path).isPresent()) {
                throw ApiProblem.conflict("org unit " + path + " exists already");
              }
              return units.add(c, caller.tenantId(), unit, caller.username());
            }));
  }

  /**
   * Changes ownership and control. A path in the body must be the unit's own: a path names the unit
   * that activity records, facilities and data owners refer to, so it is never changed in place
   * (add a unit with the new path instead), and a request to change it is refused (422) rather than
   * answered 200 with nothing changed.
   */
  @Operation(summary = "Change an org unit's equity share or control (its path cannot change)")
  @PutMapping("/org-units/{id}")
  OrgUnitView changeUnit(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody OrgUnitBody body) {
    return OrgUnitView.of(
        db.inTransaction(
            c -> {
              StoredOrgUnit before = TenantReads.found(c, caller, "org unit", id, units::byId);
              Access.writesIn(caller, before.unit().path());
              if (body != null && body.path() != null) {
                String asked =
                    RequestText.orgPath("path", body.path(), "path is empty; leave it out");
                if (!asked.equals(before.unit().path())) {
                  throw ApiProblem.refused(
                      "Path Not Changed",
                      "the path of org unit "
                          + before.unit().path()
                          + " cannot be changed to "
                          + asked
                          + ": records, facilities and data owners refer to it; add an org unit"
                          + " with the new path instead");
                }
              }
              return units.change(
                  c, before, orgUnit(before.unit().path(), body), caller.username());
            }));
  }

  private static OrgUnit orgUnit(String path, OrgUnitBody body) {
    double share = body.equityShare() == null ? 1.0 : body.equityShare();
    if (!(share >= 0 && share <= 1)) {
      throw ApiProblem.badRequest("equityShare must be between 0 and 1 (0.6 is 60%)");
    }
    return new OrgUnit(
        path,
        share,
        body.operationalControl() == null || body.operationalControl(),
        body.financialControl() == null || body.financialControl());
  }

  @Operation(summary = "List the facilities")
  @GetMapping("/facilities")
  PageBody<FacilityBody> facilities(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return TenantReads.page(db, caller, page, size, facilities::list, FacilityBody::of);
  }

  @Operation(summary = "Read one facility")
  @GetMapping("/facilities/{id}")
  FacilityBody facility(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return FacilityBody.of(TenantReads.one(db, caller, "facility", id, facilities::byId));
  }

  @Operation(summary = "Add a facility in an org unit and region")
  @PostMapping("/facilities")
  @ResponseStatus(HttpStatus.CREATED)
  FacilityBody addFacility(@AuthenticationPrincipal Caller caller, @RequestBody FacilityBody body) {
    if (body == null || blank(body.name()) || blank(body.orgUnit()) || blank(body.region())) {
      throw ApiProblem.badRequest("a facility needs a name, an orgUnit and a region");
    }
    RequestText.within("name", body.name(), StoredColumns.width(ActivityColumns.FACILITY));
    RequestText.within("region", body.region(), StoredColumns.width(ActivityColumns.REGION));
    String path = RequestText.orgPath("orgUnit", body.orgUnit(), "a facility needs an orgUnit");
    Access.writesIn(caller, path);
    return FacilityBody.of(
        db.inTransaction(
            c ->
                facilities.add(
                    c,
                    caller.tenantId(),
                    body.name().strip(),
                    path,
                    body.region().strip(),
                    caller.username())));
  }

  @Operation(summary = "List the reporting periods")
  @GetMapping("/periods")
  PageBody<PeriodBody> periods(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return TenantReads.page(db, caller, page, size, periods::list, PeriodBody::of);
  }

  @Operation(summary = "Read one reporting period")
  @GetMapping("/periods/{id}")
  PeriodBody period(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return PeriodBody.of(TenantReads.one(db, caller, "reporting period", id, periods::byId));
  }

  @Operation(summary = "Add a reporting period")
  @PostMapping("/periods")
  @ResponseStatus(HttpStatus.CREATED)
  PeriodBody addPeriod(@AuthenticationPrincipal Caller caller, @RequestBody PeriodBody body) {
    Access.admin(caller);
    if (body == null || blank(body.name())) {
      throw ApiProblem.badRequest("a reporting period needs a name, e.g. FY2024");
    }
    RequestText.within("name", body.name(), PeriodStore.MAX_NAME);
    LocalDate start = date(body.start(), "start");
    LocalDate end = date(body.end(), "end");
    if (end.isBefore(start)) {
      throw ApiProblem.badRequest("the period ends (" + end + ") before it starts (" + start + ")");
    }
    return PeriodBody.of(
        db.inTransaction(
            c ->
                periods.add(
                    c, caller.tenantId(), body.name().strip(), start, end, caller.username())));
  }

  private static LocalDate date(String text, String field) {
    LocalDate d;
    try {
      d = LocalDate.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " must be a date like 2024-01-01, not '" + text + "'");
    }
    if (!AcceptedDates.contains(d)) {
      throw ApiProblem.badRequest(AcceptedDates.refusal(field, d));
    }
    return d;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
