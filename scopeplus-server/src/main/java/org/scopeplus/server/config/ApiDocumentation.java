package org.scopeplus.server.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.scopeplus.core.baseyear.RecalculationTrigger;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.user.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says beyond the code's shapes: a description for every parameter
 * (parameters of one name mean one thing across the API), the values a dimension, a GWP set, a
 * consolidation approach, a restatement trigger and a role may take, and the unit of amounts
 * (docs/data-contract.md).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  /** The result dimensions of a run, as {@code GET /api/v1/runs/{id}/results/{dimension}} takes. */
  public static final List<String> DIMENSIONS = ResultRow.DIMENSIONS;

  static final Map<String, String> PARAMETERS =
      Map.ofEntries(
          Map.entry(
              "id", "the id of the item (a UUID), as the list or the create call answered it"),
          Map.entry("periodId", "the id of a reporting period (POST /api/v1/periods answers it)"),
          Map.entry(
              "train",
              "the training window FROM/TO, local dates of the site, end excluded, at most three"
                  + " years (default: the latest year of readings)"),
          Map.entry("model", "the load model: hourly (CalTRACK hourly) or daily (CalTRACK daily)"),
          Map.entry("days", "1 for a day-ahead forecast, 31 for a month-ahead one"),
          Map.entry(
              "baseline",
              "the baseline period FROM/TO before the intervention, local dates, end excluded, at"
                  + " most three years"),
          Map.entry(
              "reporting",
              "the reporting period FROM/TO after the intervention, local dates, end excluded, at"
                  + " most three years"),
          Map.entry(
              "meter",
              "the id of a meter: for a PV system's expected output, the meter measuring it"
                  + " (default: the site's electricity export meter); for a certificate, the meter"
                  + " whose measured savings it shows (with baseline and reporting)"),
          Map.entry("otherId", "the id of the run to compare with (the after side)"),
          Map.entry("page", "the page, from 0 (default 0)"),
          Map.entry("size", "items per page, 1 to 1000 (default 50)"),
          Map.entry(
              "after",
              "trace lines after this line number (start at 0); each page answers the next"
                  + " value as 'next'"),
          Map.entry("recordId", "only the lines of this activity record (its record_id)"),
          Map.entry(
              "format",
              "pdf, xlsx or json (the annual report), or ixbrl (its ESRS E1-6 as inline XBRL); docs/report.md"),
          Map.entry("lang", "the language of the report or text: en (default) or zh-CN"),
          Map.entry(
              "lei",
              "the filer's Legal Entity Identifier (ISO 17442, 20 characters) identifying the"
                  + " entity in the inline XBRL; without it, the organisation's name"),
          Map.entry("replaces", "the id of an active import of the period this file replaces"),
          Map.entry("name", "the library's name"),
          Map.entry("version", "the library's version; a name and version are never reused"),
          Map.entry("actor", "the actor's pseudonymous id as the events gave it"),
          Map.entry("month", "a calendar month, yyyy-MM"),
          Map.entry("findingId", "the id of a verifier's finding (POST .../findings answers it)"),
          Map.entry(
              "metric",
              "an indicator metric, e.g. revenue, employees, floor_area, it_energy, facility_energy, water, fleet_vehicles, fleet_electric (all metrics when left out)"),
          Map.entry("year", "a reporting year, e.g. 2025"),
          Map.entry(
              "region",
              "the region whose factors apply, an ISO 3166 code such as CN, CN-ZJ or GB, or GLOBAL"),
          Map.entry(
              "run", "the id of a calculation run (for the certificate, an energy inventory's)"),
          Map.entry(
              "from",
              "the first day to read, an ISO date such as 2024-03-01 (a meter's readings: a UTC day)"),
          Map.entry(
              "to",
              "the last day to read, an ISO date (a meter's readings: a UTC day, at most 366 days after from)"),
          Map.entry(
              "cellMetres",
              "the side of a grid cell in metres, 100 to 100,000 (default 1000); a grid of more than 40,000 cells is refused"),
          Map.entry(
              "approach",
              "the IPCC uncertainty approach: 1 (error propagation, Equations 3.1 and 3.2) or 2 (Monte Carlo); default 1"),
          Map.entry(
              "seed", "the Monte Carlo seed (Approach 2); the same seed gives the same interval"),
          Map.entry("iterations", "Monte Carlo iterations (Approach 2), default 10000"),
          Map.entry(
              "orgUnit",
              "an org unit's path, e.g. Kestrel/Cloud: the unit and everything below it"),
          Map.entry("scopes", "the scopes the claim covers: 1+2 (default) or 1+2+3"),
          Map.entry("scope2", "the Scope 2 method of the claim: market (default) or location"),
          Map.entry("limit", "how many actors, 1 to 1000 (default 10)"),
          Map.entry(
              "dimension",
              "the dimension: total, scope3-category, scope3-supplier-data, gas, org-unit,"
                  + " facility, month, activity-type or factor (comparisons also scope)"),
          Map.entry("origin", "own (the tenant's published footprints) or supplier"),
          Map.entry("productId", "only the footprints of this product id (a URN)"),
          Map.entry("requestEventId", "only the events of this PACT request (its event id)"),
          Map.entry("partnerId", "the partner the footprints come from, if any"),
          Map.entry(
              "city",
              "the city's name as its reporting sheet writes it (URL-encoded in a path), at most"
                  + " 200 characters"),
          Map.entry(
              "level",
              "the GPC reporting level the completeness check applies: basic (default) or basic+"),
          Map.entry(
              "layout",
              "gpc (default): the reporting-sheet layout, which reads back the same; ipcc: one row"
                  + " per IPCC 2006 category of the scope 1 lines, adding up to the territorial"
                  + " total"));

  /** What each operation does and who may call it, by "METHOD /path". */
  static final Map<String, String> OPERATIONS =
      Map.ofEntries(
          Map.entry(
              "GET /api/v1/targets",
              "Any role. The tenant's targets (absolute, intensity, cumulative, renewable-electricity share, fleet electrification) with their org unit, base year, target year and value."),
          Map.entry(
              "POST /api/v1/targets",
              "Admin. Adds a target; 201 with it, 422 naming the field when refused (docs/management.md). A renewable-share target takes basis annual (default, RE100) or hourly (the kept hourly matching). Audited."),
          Map.entry(
              "GET /api/v1/targets/{id}", "Any role. One target; 404 for an id of another tenant."),
          Map.entry(
              "GET /api/v1/targets/{id}/progress",
              "Any role. The target's pathway by year (linear or SBTi absolute contraction), the actual, the gap, the least-squares projection to the target year and on_track / off_track; a restated base year moves the baseline and says so. Amounts in tonnes CO2e or the target's unit, as each value states."),
          Map.entry(
              "GET /api/v1/periods/{periodId}/sign-off",
              "Any role. The period's review state (open, submitted, reviewed, approved, locked) and who moved it when."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/sign-off/submit",
              "Data owner or admin. Submits the caller's org units of the period for review. Audited."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/sign-off/review",
              "Admin (carbon office). Marks the submitted period reviewed. Audited."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/sign-off/approve",
              "Admin other than the reviewer (four eyes). Approves the reviewed period for the board; a later approval runs the base-year significance check. Audited."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/sign-off/lock",
              "Admin. Locks the approved period: imports and runs into it answer 409. Audited."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/sign-off/reopen",
              "Admin. Reopens a locked or approved period with a reason (required). Audited."),
          Map.entry(
              "GET /api/v1/periods/{periodId}/findings",
              "Verifier, admin or data owner. The verifier's findings on the period's runs with the responses."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/findings",
              "Verifier. Records a finding (material or immaterial, with the line or record it concerns) against the run's result hash; 400 with the reason when incomplete. Audited."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/findings/{findingId}/response",
              "Data owner or admin. Records the organisation's response to a finding. Audited."),
          Map.entry(
              "GET /api/v1/periods/{periodId}/opinions",
              "Verifier, admin or data owner. The verification opinions recorded on the period's runs."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/opinions",
              "Verifier. Records an opinion (reasonable or limited assurance, the materiality threshold in percent) against the run's result hash. Audited."),
          Map.entry(
              "GET /api/v1/runs/{id}/verifier-package",
              "Verifier, admin or data owner. One ZIP: run manifest and hashes, trace, records, the tenant's audit chain, a README on re-running and SHA256SUMS."),
          Map.entry(
              "GET /api/v1/runs/{id}/report",
              "Admin, verifier or viewer. The run's annual report (ISO 14064-1 clause 9, GHG Protocol tables, ESRS E1-6, IFRS S2 29(a), the exchanges' guideline, uncertainty, base year, verification) as PDF (en or zh-CN), XLSX data pack or JSON, or its ESRS E1-6 as inline XBRL tagged with the ESRS Set 1 taxonomy (format=ixbrl; docs/report.md)."),
          Map.entry(
              "GET /api/v1/runs/{id}/uncertainty",
              "Any role that reads traces. The run's 95% intervals per scope, category and in total by IPCC Approach 1 or 2 (tonnes CO2e), and the data-quality indicators (docs/uncertainty.md)."),
          Map.entry(
              "GET /api/v1/instruments",
              "Any role. The tenant's registered energy attribute certificates and contracts (GEC, I-REC, REC, GO, PPA, green tariffs, on-site generation) with whole kWh conveyed and left, vintage, market boundary and emission rate. Amounts are given in MWh to at most 3 decimals and kept as whole kWh."),
          Map.entry(
              "POST /api/v1/instruments",
              "Admin. Registers an instrument; a serial range that overlaps one registered is refused with the Scope 2 Quality Criterion it breaks (422). Audited."),
          Map.entry(
              "POST /api/v1/instruments/consumption",
              "Data owner in the org unit, or admin. Records electricity consumption (MWh) of a facility and month for allocation. Audited."),
          Map.entry(
              "GET /api/v1/instruments/allocations",
              "Any role. The allocations of instruments' MWh to consumption by facility and month."),
          Map.entry(
              "POST /api/v1/instruments/allocations",
              "Admin. Allocates MWh of an instrument to a consumption explicitly; a MWh claimed twice, outside the market boundary or the vintage rule is refused with its reason (422). Audited."),
          Map.entry(
              "POST /api/v1/instruments/allocations/first-fit",
              "Admin. Allocates unallocated instruments to unallocated consumption by the documented first-fit rule (docs/management.md). Audited."),
          Map.entry(
              "GET /api/v1/instruments/scope2",
              "Any role. Market-based Scope 2 by the hierarchy (instrument, supplier rate, residual mix, location factor) per consumption line, with the choice and why market-based exceeds location-based where it does; grams CO2e."),
          Map.entry(
              "GET /api/v1/instruments/renewable-share",
              "Any role. The RE100 renewable-electricity share of an org unit by year (certificates, contracts and on-site over total electricity; the year's kWh, not a mean of months)."),
          Map.entry(
              "POST /api/v1/instruments/hourly-matching",
              "Any role. Hourly matching of the hours given (nothing is stored): per year, the consumption met by supply of the same hour and market boundary (a supply of CN meets CN-ZJ), beside the same over the year; whole kWh, narrowest market first (docs/management.md)."),
          Map.entry(
              "POST /api/v1/instruments/hourly-matching/kept",
              "Admin, or a data owner of the org unit. Computes the org unit's hourly matching from the hours given, as POST /api/v1/instruments/hourly-matching does, and keeps each year, replacing a year kept before; a renewable-share target on the hourly basis is measured on it. Audited (hourly_matching.computed or .recomputed)."),
          Map.entry(
              "GET /api/v1/instruments/hourly-matching/kept",
              "Any role. The kept hourly matching by org unit and year (consumed, hourly-matched and annually matched kWh), with who computed it and when."),
          Map.entry(
              "GET /api/v1/instruments/renewable-share/monthly",
              "Any role. The RE100 renewable-electricity share of an org unit by month, with the consumed and renewable kWh it is made of."),
          Map.entry(
              "GET /api/v1/indicators",
              "Any role. Recorded indicator values (metric, org unit or facility, period, value and unit)."),
          Map.entry(
              "POST /api/v1/indicators",
              "Data owner in the org unit, or admin. Records an indicator value (e.g. it_energy, facility_energy, water, fleet vehicles by powertrain); 422 naming the field when refused. Audited."),
          Map.entry(
              "GET /api/v1/indicators/efficiency",
              "Any role. Data-centre PUE and WUE by site and month."),
          Map.entry(
              "GET /api/v1/indicators/energy-intensity",
              "Any role. Energy per floor area (kWh/m2) and per employee (MWh) by year: of the company (its top org units' electricity, floor area and employees added up) and of each org unit with its own, the same rule as inventory --metrics."),
          Map.entry(
              "GET /api/v1/indicators/fleet",
              "Any role. Fleet electrification share by org unit (or facility) and period: electric vehicles (battery and fuel-cell) over all vehicles."),
          Map.entry(
              "GET /api/v1/indicators/avoided",
              "Any role. Energy-saving measures converted to avoided CO2 (documented factor), reported outside the inventory and never netted."),
          Map.entry(
              "GET /api/v1/credits/lots",
              "Any role. The tenant's carbon-credit lots (registry, project, methodology, vintage, serial range, whole tonnes, kind, durability, labels) with what is held and retired."),
          Map.entry(
              "POST /api/v1/credits/lots",
              "Admin. Records a purchased lot; overlapping serials are refused with the reason and nothing is stored (422). Audited."),
          Map.entry(
              "GET /api/v1/credits/lots/{id}",
              "Any role. One lot with its movements; 404 for an id of another tenant."),
          Map.entry(
              "POST /api/v1/credits/lots/{id}/retirements",
              "Admin. Retires whole tonnes (or a serial range) of a lot against a reporting year and a purpose; a second retirement of a serial or more than is held is refused with the reason, nothing changed (422). Audited."),
          Map.entry(
              "POST /api/v1/credits/lots/{id}/transfers",
              "Admin. Transfers whole tonnes (or a serial range) of a lot out; more than is held is refused (422). Audited."),
          Map.entry(
              "GET /api/v1/credits/movements",
              "Any role. Every purchase, transfer and retirement, in order."),
          Map.entry(
              "GET /api/v1/credits/claims",
              "Any role. The neutrality claim of a year and scope (ISO 14068-1 and SBTi Net-Zero): gross emissions, reductions against the base year, removals and offsets retired side by side, residual emissions and whether the claim holds, with the reasons. Credits never lower the gross inventory; Scope 3+ is a memo only."),
          Map.entry(
              "GET /api/v1/me",
              "Any caller. Answers the caller's user id, user name, role, org units and tenant name."),
          Map.entry(
              "PUT /api/v1/me/password",
              "Any caller. Changes one's own password (oldPassword, newPassword); the new one follows the password policy (422 with the reason otherwise), a wrong old one counts as a failed login, and every token of the caller is revoked."),
          Map.entry(
              "GET /api/v1/users",
              "Admin. The tenant's users, paged, with role, org units and whether enabled."),
          Map.entry(
              "POST /api/v1/users",
              "Admin. Adds a user with a password, a role and, for a data owner, org units; 201 with the user, 422 for a refused name or password."),
          Map.entry(
              "GET /api/v1/users/{id}",
              "Admin. One user of the tenant; 404 for an id of another tenant."),
          Map.entry(
              "PUT /api/v1/users/{id}",
              "Admin. Changes a user's role and org units; an admin cannot demote themselves."),
          Map.entry(
              "DELETE /api/v1/users/{id}",
              "Admin. Disables a user and revokes their tokens; the user stays in the audit trail."),
          Map.entry(
              "GET /api/v1/tokens",
              "The caller's own API tokens (an admin sees the tenant's); never their secrets."),
          Map.entry(
              "POST /api/v1/tokens",
              "Makes an API token for scripts and integrations; its secret is answered once, stored only as its SHA-256."),
          Map.entry(
              "DELETE /api/v1/tokens/{id}",
              "Revokes a token at once: own tokens, or any of the tenant's for an admin."),
          Map.entry(
              "GET /api/v1/org-units",
              "Any caller. The org-unit tree, paged: path, equity share, operational and financial control."),
          Map.entry(
              "POST /api/v1/org-units",
              "Admin, or a data owner within their units. Adds an org unit with its equity share (0 to 1) and control."),
          Map.entry("GET /api/v1/org-units/{id}", "Any caller. One org unit."),
          Map.entry(
              "PUT /api/v1/org-units/{id}",
              "Admin, or a data owner within their units. Changes the equity share and control; another path is refused (422)."),
          Map.entry(
              "GET /api/v1/facilities",
              "Any caller. The tenant's facilities, paged, with org unit and region."),
          Map.entry(
              "POST /api/v1/facilities",
              "Admin, or a data owner within their units. Adds a facility in an org unit and a region."),
          Map.entry("GET /api/v1/facilities/{id}", "Any caller. One facility."),
          Map.entry("GET /api/v1/periods", "Any caller. The reporting periods, paged."),
          Map.entry(
              "POST /api/v1/periods",
              "Admin. Adds a reporting period: a name, a start and an end date within 1900-01-01 to 2200-12-31."),
          Map.entry("GET /api/v1/periods/{id}", "Any caller. One reporting period."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/imports",
              "Admin, data owner. Imports a CSV or XLSX activity file (multipart 'file') all or nothing: 201 with the import, 422 with every problem located by file, row and column; the same bytes again answer the stored import with duplicate true."),
          Map.entry(
              "GET /api/v1/imports",
              "Any caller. Stored imports, paged, optionally of one period."),
          Map.entry(
              "GET /api/v1/imports/{id}",
              "Any caller. One import: file name, SHA-256, record count, status (active or superseded)."),
          Map.entry(
              "GET /api/v1/imports/{id}/records",
              "Admin, data owner, verifier. The stored activity records of an import (the evidence), paged."),
          Map.entry(
              "GET /api/v1/factor-libraries/built-in",
              "Any caller. The built-in emission factor libraries with their versions and SHA-256."),
          Map.entry(
              "GET /api/v1/factor-libraries",
              "Any caller. The tenant's own factor libraries, paged."),
          Map.entry(
              "POST /api/v1/factor-libraries",
              "Admin. Uploads a factor library (multipart 'file', name, version); versions are immutable, a new version is a new library."),
          Map.entry(
              "GET /api/v1/factor-libraries/{id}",
              "Any caller. One of the tenant's factor libraries."),
          Map.entry(
              "POST /api/v1/periods/{periodId}/runs",
              "Admin, or a data owner when every active record is within their units. Calculates the period's active imports with a GWP set, a consolidation approach and factor libraries; 201 with the run, its manifest and its totals in grams CO2e."),
          Map.entry(
              "GET /api/v1/runs", "Any caller. Calculation runs, paged, optionally of one period."),
          Map.entry(
              "GET /api/v1/runs/{id}",
              "Any caller. One run: manifest (inputs, libraries and their SHA-256, GWP set, engine version), result hash and totals in grams CO2e."),
          Map.entry(
              "GET /api/v1/runs/{id}/results/{dimension}",
              "Any caller. The run's totals in grams CO2e by one dimension, each item with Scope 1, Scope 2 by both methods, Scope 3, biogenic CO2 and both totals; months are calendar months, longer records spread by days."),
          Map.entry(
              "GET /api/v1/runs/{id}/lines",
              "Admin, data owner, verifier. The trace: one line per gas of a record under a method, with factor, citation, GWP and formula; walk them with after."),
          Map.entry(
              "GET /api/v1/runs/{id}/comparison/{otherId}",
              "Any caller. The differences between two runs, in grams CO2e, by scope or by a result dimension."),
          Map.entry(
              "GET /api/v1/base-year",
              "Any caller. The base year: its run, year, significance threshold, who set it and when; 404 before it is set."),
          Map.entry(
              "PUT /api/v1/base-year",
              "Admin. Sets the base year to a run with a significance threshold (default 0.05); a base year set to another run is replaced only with replace true (409 otherwise)."),
          Map.entry(
              "POST /api/v1/base-year/assessments",
              "Any caller. Whether a recalculated run differs from the base year by more than the threshold, with the change in grams CO2e and a sentence."),
          Map.entry(
              "GET /api/v1/base-year/restatements",
              "Any caller. Every restatement with its trigger, runs, grams before and after, reason, who and when."),
          Map.entry(
              "POST /api/v1/base-year/restatements",
              "Admin. Restates the base year with a recalculated run, a trigger and a reason (kept, audited)."),
          Map.entry(
              "GET /api/v1/audit",
              "Admin, verifier. The audit trail, paged: who did what to which entity, with the SHA-256 of its states."),
          Map.entry(
              "GET /api/v1/audit/verification",
              "Admin, verifier. Starts or joins the check of the SHA-256 chain and waits for it up to 30 s: 200 with the result, or 202 with its location."),
          Map.entry(
              "POST /api/v1/audit/verifications",
              "Admin, verifier. Starts a check of the audit chain in the background, or joins the running one; 202 with its location."),
          Map.entry(
              "GET /api/v1/audit/verifications/{id}",
              "Admin, verifier. A check's state (running, done, failed), who started it, when, and what it found."),
          Map.entry(
              "GET /api/v1/audit/verifications/latest",
              "Admin, verifier. The tenant's last finished check; 404 before the first since the service started."),
          Map.entry(
              "POST /api/v1/ecosystem/events",
              "Admin, data owner. A batch of Scope 3+ events (JSON or NDJSON) counted whole: each event once, the refused ones with their reason."),
          Map.entry(
              "GET /api/v1/ecosystem/methodologies",
              "Any caller. The Scope 3+ methodologies and their guidance: baseline, contribution, attribution share, regions, business-as-usual regions, transfers with their reason, first year counted, each parameter (and its other vintages) with value, unit, region, vintage, source and status, what to configure and from where; the catalog's version changes and withdrawals."),
          Map.entry(
              "GET /api/v1/ecosystem/totals",
              "Any caller. The Scope 3+ ledger's totals in grams CO2e avoided: gross, weak, deducted and net, by programme, action, region and month; attributed and unattributed grams side by side (attribution shares per methodology); the ledger's restatements (methodologies withdrawn or changed by a new catalog, with their reason)."),
          Map.entry(
              "GET /api/v1/ecosystem/accounts/{actor}",
              "Not viewer. One actor's personal account: grams avoided, points and events."),
          Map.entry(
              "DELETE /api/v1/ecosystem/accounts/{actor}",
              "Admin. Erases an actor's personal account (audited under a keyed hash of the id)."),
          Map.entry(
              "GET /api/v1/ecosystem/accounts/{actor}/statements/{month}",
              "Not viewer. A personal account's statement for a month: opening balance, the month's events, grams and points, closing balance."),
          Map.entry(
              "GET /api/v1/ecosystem/leaderboard",
              "Not viewer. Actors ranked by grams avoided, pseudonymous ids only."),
          Map.entry(
              "GET /api/v1/ecosystem/points-rates",
              "Any caller. Points per kilogram CO2e avoided, by programme, for events counted from now on."),
          Map.entry(
              "PUT /api/v1/ecosystem/points-rates",
              "Admin. Sets the points per kilogram CO2e avoided by programme (audited)."),
          Map.entry(
              "GET /api/v1/ecosystem/configuration",
              "Any caller. The tenant's configured methodology values (key, value, unit, source, who set it and when) and the values methodologies still need before they count, with what to supply."),
          Map.entry(
              "PUT /api/v1/ecosystem/configuration",
              "Admin. Replaces the configured methodology values with a CSV (key, value, unit, source), checked as the CLI checks its file: refused whole with each problem's row, field, key and value (422, nothing kept), else kept beside the ledger for events counted from then on (audited)."),
          Map.entry(
              "GET /api/v1/ecosystem/deductions",
              "Any caller. Credits sold out of platform activity, deducted from the Scope 3+ claim."),
          Map.entry(
              "POST /api/v1/ecosystem/deductions",
              "Admin. Deducts credits (tonnes) sold out of a programme's month, once per reference (409 the second time)."),
          Map.entry(
              "POST /api/v1/ecosystem/reversals",
              "Admin. Reverses a wrongly counted event: its grams and points leave the totals, cells and the account; 404 for an id never counted, 409 when reversed already."),
          Map.entry(
              "GET /api/v1/ecosystem/cluster/totals",
              "Any caller. The Scope 3+ events the Flink job counted, read from its outcomes topic: totals, refusals by reason, cells and breakdowns, the offsets read and the unreadable records; beside, never added to, the API ledger's totals."),
          Map.entry(
              "GET /api/v1/ecosystem/cluster/accounts/{actor}",
              "Not viewer. One actor's personal account as the Flink job counted it: grams avoided, points and events."),
          Map.entry(
              "GET /api/v1/setup",
              "No login. Whether the service still waits for its first admin."),
          Map.entry(
              "POST /api/v1/setup/first-admin",
              "No login: the one-time setup token from the service's log is the credential. Makes the first admin and their tenant; 403 for another token, 409 once a user exists, 422 for a refused name or password."),
          Map.entry(
              "GET /api/v1/signup",
              "No login. Whether self-service sign-up is open on this service."),
          Map.entry(
              "POST /api/v1/signup",
              "No login. Creates a tenant with its first admin (self-service sign-up, no email); 201 with the login name; 403 when the operator has turned it off, 422 for a taken tenant name or a refused name or password, 429 beyond the sign-ups allowed per address and per hour."),
          Map.entry("GET /api/v1/energy/sites", "Any role. The tenant's sites, by name."),
          Map.entry(
              "POST /api/v1/energy/sites",
              "Admin, or data owner in the site's org unit. Adds a site with its IANA time zone and position; 409 for a taken name, 422 naming the refused field. Audited."),
          Map.entry(
              "GET /api/v1/energy/sites/{id}",
              "Any role. A site with its meters, PV systems and tariffs; 404 for another tenant's."),
          Map.entry(
              "DELETE /api/v1/energy/sites/{id}",
              "Admin, or data owner in the site's org unit. Removes a site with nothing left on it (409 otherwise). Audited."),
          Map.entry(
              "POST /api/v1/energy/sites/{id}/meters",
              "Admin, or data owner in the site's org unit. Adds a meter: electricity, gas or heat; import or export; 15, 30 or 60 minutes. Audited."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}", "Any role. A meter; 404 for another tenant's."),
          Map.entry(
              "DELETE /api/v1/energy/meters/{id}",
              "Admin, or data owner in the site's org unit. Removes a meter with its readings. Audited."),
          Map.entry(
              "POST /api/v1/energy/sites/{id}/pv-systems",
              "Admin, or data owner in the site's org unit. Adds a PV system (PVWatts: DC kW, tilt, azimuth, losses, inverter AC kW, temperature model). Audited."),
          Map.entry(
              "DELETE /api/v1/energy/pv-systems/{id}",
              "Admin, or data owner in the site's org unit. Removes a PV system. Audited."),
          Map.entry(
              "POST /api/v1/energy/sites/{id}/tariffs",
              "Admin, or data owner in the site's org unit. Adds a tariff: time-of-use periods pricing every minute of a weekday and a weekend day once, a demand charge, CNY by default; 422 naming a gap or overlap. Audited."),
          Map.entry("GET /api/v1/energy/tariffs/{id}", "Any role. A tariff with its periods."),
          Map.entry(
              "DELETE /api/v1/energy/tariffs/{id}",
              "Admin, or data owner in the site's org unit. Removes a tariff. Audited."),
          Map.entry(
              "POST /api/v1/energy/meters/{id}/readings",
              "Admin, or data owner in the site's org unit. A meter's interval readings as a CSV/XLSX file (timestamp, kwh) or JSON, all or nothing: 422 with file, row and column for unreadable, skipped or repeated local times, off-interval or duplicate timestamps, negative or absurd readings; 201 with gaps and spikes found. Audited (docs/energy.md)."),
          Map.entry(
              "POST /api/v1/energy/inventory",
              "Admin, or data owner holding every site's org unit. Makes the year's Scope 1 and 2 inventory from the tenant's stored meter readings (import, export, PV generation, gas) through the normal import and calculation run of the period Energy YYYY: 201 with the run id and hash, grams CO2e location- and market-based, and the records made; 422 without readings in the year; 409 when the period is locked. Audited (docs/energy.md)."),
          Map.entry(
              "GET /api/v1/energy/certificate",
              "Any role. The one-page low-carbon certificate (PDF, en or zh-CN) of an energy inventory run: Scope 1, Scope 2 both methods, energy, renewable share, factor sources, run id and hash with how to verify it; 404 for another tenant's run, 400 for a run that is not an energy inventory."),
          Map.entry(
              "POST /api/v1/energy/sites/{id}/weather",
              "Admin, or data owner in the site's org unit. A site's weather: TMY3 or EPW (a typical year) or a CSV of observations or forecasts, at most 20 MB; all or nothing, 422 naming file, line and column. Audited."),
          Map.entry(
              "GET /api/v1/energy/sites/{id}/weather",
              "Any role. The days of observed weather and of a typical year a site holds."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}/baseline",
              "Any role. A meter's baseline fit (CalTRACK hourly or daily) with CV(RMSE), NMBE, MAE and ASHRAE Guideline 14's limits; 400 for absurd windows, 422 when the data cannot support it."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}/forecast",
              "Any role. A meter's day-ahead or month-ahead forecast from the end of its readings."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}/savings",
              "Any role. IPMVP Option C avoided energy use in kWh, cost and CO2 (grid factor by the inventory engine's year rule) with ASHRAE Guideline 14's fractional savings uncertainty at 90 %; 422 when the baseline or reporting period fails CalTRACK 2.0's data sufficiency, its warnings in `warnings`."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}/suggestions",
              "Any role. Ranked energy-saving suggestions with kWh, cost and CO2 a year, in English and Chinese."),
          Map.entry(
              "GET /api/v1/energy/pv/{id}/expected",
              "Any role. A PV system's expected generation (PVWatts on the site's weather) by day against its meter, with the performance ratio and under-performing days flagged."),
          Map.entry(
              "GET /api/v1/energy/meters/{id}/readings",
              "Any role. A meter's stored readings of a range of UTC days (at most 366), interval starts in UTC."),
          Map.entry(
              "GET /api/v1/suppliers",
              "Any role. The tenant's supplier register (target status, year, ambition, verified flag) and its green label tiers."),
          Map.entry(
              "PUT /api/v1/suppliers",
              "Admin. Replaces the supplier register and label tiers whole; 422 naming the refused supplier and field. Audited (docs/management.md)."),
          Map.entry(
              "GET /api/v1/runs/{id}/supplier-engagement",
              "Any role. A run's supplier engagement by year, measured against the register as it stood when the run was calculated: share of Scope 3 grams and of purchase spend (per currency and price year, never added across price years) from suppliers with validated science-based targets and from supplier-specific data; measured false with a note for a run calculated before the register existed or while it was empty; 404 for another tenant's run."),
          Map.entry(
              "GET /api/v1/city/publication",
              "Any role. The city's public page settings: slug, name, whether published, licence of the open data."),
          Map.entry(
              "PUT /api/v1/city/publication",
              "Admin. Sets the city's public page (/public/city/{slug}); 409 for a slug another city holds. Audited."),
          Map.entry(
              "POST /api/v1/city/districts",
              "Admin. The district boundaries as a GeoJSON FeatureCollection, all or nothing; 422 naming the feature and field for open rings, self-intersections, overlaps, duplicate ids or positions off the earth (docs/city.md)."),
          Map.entry(
              "GET /api/v1/city/districts",
              "Any role. The districts as GeoJSON with their allocated grams CO2e, per capita, per GDP and by sector; districts sum exactly to the city total."),
          Map.entry(
              "GET /api/v1/city/grid",
              "Any role. A regular grid of square cells over the city with their allocated grams CO2e; cells sum exactly to the city total."),
          Map.entry(
              "PUT /api/v1/city/emissions",
              "Admin. The city's sector totals (sector code -> grams CO2e) for an inventory year, with point sources, district activity and the weighting of each sector. Audited."),
          Map.entry(
              "POST /api/v1/city/proxies",
              "Admin. Daily activity proxies as CSV date,sector,value, all or nothing; 422 with row and column."),
          Map.entry(
              "GET /api/v1/city/daily",
              "Any role. Daily estimates by sector scaled from the inventory year by the proxies (Carbon Monitor's method), with a two-sigma range, the year to date against last year and trend alerts (docs/city.md)."),
          Map.entry(
              "GET /api/v1/city/ets/enterprises",
              "Any role. The covered enterprises with their holdings by unit and vintage and their compliance for a year."),
          Map.entry(
              "POST /api/v1/city/ets/enterprises",
              "Admin. Opens a covered enterprise's account; 422 with the reason when refused. Audited."),
          Map.entry(
              "GET /api/v1/city/ets/compliance/{year}",
              "Any role. Each enterprise's compliance for a year: not verified, due, compliant or shortfall with the penalty rule (docs/city.md)."),
          Map.entry(
              "GET /api/v1/city/ets/journal",
              "Any role. The registry's journal: every balanced entry (issuance, transfer, surrender, cancellation) in order."),
          Map.entry(
              "GET /api/v1/city/ets/totals",
              "Any role. Allowances and CCER issued, cancelled and held, by unit; held always equals issued minus cancelled."),
          Map.entry(
              "POST /api/v1/city/ets/allocations",
              "Admin. Records an enterprise's allocation plan for a year: benchmark x output x correction factors, or historical intensity x output x decline factor; 422 with the reason. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/pre-allocations",
              "Admin. Issues the pre-allocation (a share of the plan) of an enterprise's year; 422 with the reason. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/verifications",
              "Admin or data owner. Records an enterprise's verified emissions and output for a year; 422 with the reason. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/true-ups",
              "Admin. Trues up an enterprise's year after verification: issues the rest of the allocation or claws back the excess; 422 when the holdings cannot cover a claw-back. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/offsets",
              "Admin. Credits CCER (whole tonnes) to an enterprise; 422 with the reason. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/transfers",
              "Admin or data owner. Transfers allowances or CCER between enterprises; 422 for more than is held, nothing changed. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/surrenders",
              "Admin or data owner. Surrenders allowances and CCER for a compliance year; 422 for more than is held, CCER above the offset limit or after the deadline, nothing changed. Audited."),
          Map.entry(
              "GET /api/v1/city/ets/rules",
              "Any role. The registry's rules: CCER share, pre-allocation share, deadline, fine range, whether a shortfall is deducted and the penalty ratio (tonnes deducted per tonne short)."),
          Map.entry(
              "PUT /api/v1/city/ets/rules",
              "Admin. Sets the registry's rules, the penalty ratio among them (1 in the national ETS, Article 40; 2 in the Guangdong pilot, Article 37; docs/city.md); 422 with the reason. Audited with the rules before."),
          Map.entry(
              "GET /api/v1/city/ets/allocation-rules",
              "Any role. The allocation rules by scheme and compliance year, each with its method and source."),
          Map.entry(
              "PUT /api/v1/city/ets/allocation-rules/{scheme}/{year}",
              "Admin. Sets or replaces the allocation rule of a scheme and year: benchmark x output x factors, historical intensity x output x decline, or grandfathering (a share of historical emissions); plans naming the scheme are allocated by the rule as it stands when allowances are issued; 400 for an unknown method, 422 with the reason. Audited, a replacement with the rule before."),
          Map.entry(
              "POST /api/v1/city/ets/deductions",
              "Admin. After the deadline, takes an enterprise's shortfall of a year times the penalty ratio from its allowances of the next year into cancellation, so the next year's allocation is smaller; once per enterprise and year; 422 with the reason. Audited."),
          Map.entry(
              "POST /api/v1/city/ets/corrections",
              "Admin. Corrects a journal entry: posts its reversal (naming it and the reason) and, with tonnes, the entry again with the corrected quantity; never an update in place; 422 for a reversal, an entry reversed already or a reversal the holdings cannot cover. Audited."),
          Map.entry(
              "GET /api/v1/city/ets/enterprises/{id}/history",
              "Any role. Every journal entry that moved an enterprise account's units, reversals and corrections included, in order; 404 for an unknown account."),
          Map.entry(
              "POST /api/v1/city/inventories",
              "Admin or data owner. A GPC reporting sheet (multipart part file, CSV or XLSX, at most 64 MiB; docs/city.md): each city and year in it is stored, or replaces the inventory kept for that city and year, all in one transaction; 422 naming file, row and column for any bad cell, nothing kept. Audited."),
          Map.entry(
              "POST /api/v1/city/inventories/activity",
              "Admin or data owner. City activity files (multipart parts activity, one to 20, CSV or XLSX in the format of city inventory --activity; docs/city.md) and an optional reporting sheet (part sheet): each record is calculated with the built-in factors onto the GPC line of its gpc_reference, in the inventory of its city and year, exactly as the CLI does; the inventories are stored or replace those kept, with the trace of every calculated line, in one transaction; 422 naming file, row and column for any problem, nothing kept; 413 beyond 64 MiB a file. Audited."),
          Map.entry(
              "GET /api/v1/city/inventories/{city}/{year}/traces",
              "Any role. The lines of the inventory calculated from activity data, each with its trace: activity record, file and row, activity type, gas, grams CO2e, factor with its source, formula."),
          Map.entry(
              "GET /api/v1/city/inventories",
              "Any role. The kept GPC inventories by city and year, with their BASIC, BASIC+ and territorial totals in grams CO2e."),
          Map.entry(
              "GET /api/v1/city/inventories/{city}/{year}",
              "Any role. A city's GPC inventory of a year: BASIC, BASIC+ and territorial totals, the city-induced view and the scopes view by sector, every line of the framework with its value or notation key and explanation, and the completeness check at level (docs/city.md)."),
          Map.entry(
              "GET /api/v1/city/inventories/{city}/{year}/export",
              "Any role. The inventory as CSV: in the reporting-sheet layout, or mapped to IPCC 2006 categories (layout)."),
          Map.entry(
              "POST /api/v1/city/emissions/from-inventory",
              "Admin. Sets the map's sector totals from the kept GPC inventory of a year: its territorial (scope 1) lines by map sector (residential, commercial, industry, power, afolu, ground_transport, waterborne, aviation, waste, ippu; docs/city.md), so the districts add up to the territorial total; 422 when a sector is a net sink; the body may give the weighting and located emissions as PUT /api/v1/city/emissions does. Audited."),
          Map.entry(
              "GET /api/v1/city/targets",
              "Any role. The city's targets (peak year, absolute, per capita, per GDP, neutrality) with the yearly actuals posted with each."),
          Map.entry(
              "POST /api/v1/city/targets",
              "Admin. Sets a city target with its yearly actuals (inventory total in grams CO2e, residents, GDP in CNY), all or nothing; 422 naming the refused field, e.g. a year outside 1990-2100, a target year before the base year or a reduction above 1 (docs/city.md). Audited."),
          Map.entry(
              "DELETE /api/v1/city/targets/{id}",
              "Admin. Deletes a city target and its actuals; 404 for another city's target. Audited."),
          Map.entry(
              "GET /api/v1/city/targets/{id}/progress",
              "Any role. A city target's progress up to a year: pathway, actual, gap and projection per year, on or off track with the reason; a peak target is on track when the trend has turned (docs/city.md); 422 when the base year has no actual."),
          Map.entry(
              "GET /api/v1/city/scenarios",
              "Any role. The city's scenarios: baseline by sector, growth, discount rate and measures in the order they apply."),
          Map.entry(
              "POST /api/v1/city/scenarios",
              "Admin or data owner. Sets a scenario of measures (electrification, building retrofit, rooftop PV) with their factors, deployed shares by year and costs; 422 naming the refused measure and field. Audited."),
          Map.entry(
              "GET /api/v1/city/scenarios/{id}/pathway",
              "Any role. A scenario's baseline, each measure's reduction in whole grams (gross, counted, overlap: measures apply in order to what is left, never counting a gram twice), costs and marginal abatement cost order, and the resulting pathway."),
          Map.entry(
              "POST /api/v1/pact/clients",
              "Admin. Registers a PACT client (a data recipient) of the tenant, optionally limited to some product ids and linked to the partner host system that takes its answers; 201 with its client id and secret, shown this once (docs/pact.md). Audited."),
          Map.entry(
              "GET /api/v1/pact/clients", "Admin. The tenant's PACT clients, without secrets."),
          Map.entry(
              "PUT /api/v1/pact/clients/{id}/partner",
              "Admin. Links a PACT client to the partner host system its answers (events) go to. Audited."),
          Map.entry(
              "DELETE /api/v1/pact/clients/{id}",
              "Admin. Revokes a PACT client; its access tokens stop working at once. Audited."),
          Map.entry(
              "POST /api/v1/pact/partners",
              "Admin. Registers a partner's PACT host system (https only) with the client credentials it issued and, for a self-signed certificate, its SHA-256; the secret is never shown again. Audited."),
          Map.entry(
              "GET /api/v1/pact/partners", "Admin or data owner. The partners, without secrets."),
          Map.entry(
              "POST /api/v1/pact/partners/{id}/pull",
              "Admin or data owner. Lists the partner's footprints (optionally filtered with the PACT criteria), following its pages, and stores them all or none; 422 when the partner is unreachable or a footprint breaks the rules."),
          Map.entry(
              "POST /api/v1/pact/partners/{id}/requests",
              "Admin or data owner. Sends a RequestCreatedEvent with the PACT criteria to the partner; 202 with the request's event id. The answer arrives by callback at /3/events."),
          Map.entry(
              "GET /api/v1/pact/events",
              "Admin or verifier. The PACT events sent and received, newest first, with delivery attempts, next attempt and last error."),
          Map.entry(
              "POST /api/v1/pact/footprints",
              "Admin. Computes an own product's PACT footprint from a run's lines of an org unit, allocated by a share over the units produced, checks it against the PACT data model and publishes it; with supersedes, the old version becomes Deprecated. 201 with the footprint."),
          Map.entry(
              "GET /api/v1/pact/footprints",
              "Any role. The tenant's own published footprints or its suppliers' footprints, as exchanged."),
          Map.entry(
              "POST /api/v1/pact/supplier-footprints",
              "Admin or data owner. Imports suppliers' footprints from a PACT JSON document (a footprint, a list, or a ListFootprints / GetFootprint body), all or nothing; 422 naming each refused footprint and property."));

  static final Map<String, List<String>> BODY_ENUMS =
      Map.of(
          "gwpSet", Arrays.stream(GwpSet.values()).map(GwpSet::name).toList(),
          "consolidation",
              Arrays.stream(ConsolidationApproach.values())
                  .flatMap(a -> Stream.of(a.label(), a.label().replace('_', '-')))
                  .toList(),
          "trigger",
              Arrays.stream(RecalculationTrigger.values())
                  .map(RecalculationTrigger::label)
                  .toList(),
          "role", Arrays.stream(Role.values()).map(Role::label).toList());

  static final Map<String, String> BODY_DESCRIPTIONS =
      Map.of(
          "gwpSet",
          "the IPCC assessment report whose GWPs convert gases to CO2e (default AR5)",
          "consolidation",
          "the consolidation approach (default operational_control), with underscores or hyphens",
          "trigger",
          "why the base year is recalculated",
          "role",
          "the user's role");

  @Bean
  OpenApiCustomizer scopePlusApiDocumentation() {
    return ApiDocumentation::describe;
  }

  /** Adds the descriptions, enums and units to {@code api}. */
  static void describe(OpenAPI api) {
    if (api.getPaths() != null) {
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> each :
            path.getValue().readOperationsMap().entrySet()) {
          Operation op = each.getValue();
          if (op.getDescription() == null || op.getDescription().isBlank()) {
            op.setDescription(OPERATIONS.get(each.getKey() + " " + path.getKey()));
          }
          if (op.getParameters() == null) {
            continue;
          }
          for (Parameter p : op.getParameters()) {
            if (p.getDescription() == null || p.getDescription().isBlank()) {
              p.setDescription(PARAMETERS.get(p.getName()));
            }
            if ("dimension".equals(p.getName()) && p.getSchema() != null) {
              List<String> values =
                  "path".equals(p.getIn()) ? DIMENSIONS : concat(List.of("scope"), DIMENSIONS);
              enumerate(p.getSchema(), values);
            }
          }
        }
      }
    }
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
      Map<String, Schema> properties = schema.getValue().getProperties();
      if (properties == null) {
        continue;
      }
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        String name = property.getKey();
        Schema<?> s = property.getValue();
        if (BODY_ENUMS.containsKey(name) && isString(s)) {
          enumerate(s, BODY_ENUMS.get(name));
          if (s.getDescription() == null) {
            s.setDescription(BODY_DESCRIPTIONS.get(name));
          }
        }
        if (s.getDescription() == null && (name.endsWith("Grams") || name.equals("grams"))) {
          s.setDescription("whole grams CO2e");
        }
      }
      if (schema.getKey().equals("TotalsView") && schema.getValue().getDescription() == null) {
        schema.getValue().setDescription("amounts in whole grams CO2e, exact sums, by scope");
      }
    }
  }

  // OpenAPI 3.1 documents give the type as a set ("types"), 3.0 ones as "type"
  private static boolean isString(Schema<?> s) {
    return "string".equals(s.getType())
        || (s.getTypes() != null && s.getTypes().contains("string"))
        || (s.getType() == null && s.getTypes() == null && s.get$ref() == null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void enumerate(Schema schema, List<String> values) {
    schema.setEnum(new java.util.ArrayList<>(values));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
