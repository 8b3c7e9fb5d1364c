package org.scopeplus.store.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;

/**
 * The verifier's package of a run: one ZIP with the run's manifest (input and factor-library
 * hashes), its trace, the activity records it calculated (in the input format, to re-run), the
 * tenant's audit chain up to now, a README saying how to re-run and check, and {@code SHA256SUMS}
 * of every file in it ({@code sha256sum -c SHA256SUMS}).
 */
public final class VerifierPackage {

  /** The activity columns, in the order of docs/input-format.md. */
  static final List<String> RECORD_COLUMNS =
      List.of(
          "record_id",
          "org_unit",
          "facility",
          "period",
          "activity_type",
          "quantity",
          "unit",
          "region",
          "substance",
          "supplier",
          "data_quality",
          "evidence",
          "heat_content_gj_per_t",
          "density_kg_per_m3",
          "share",
          "supplier_factor_kg_co2e",
          "supplier_factor_unit",
          "instrument",
          "supplier_product_id");

  private static final String STORED_COLUMNS =
      "record_id, org_unit, facility, period, activity_type, quantity, unit, region, substance,"
          + " supplier, data_quality, evidence, heat_content, density, share, supplier_factor,"
          + " supplier_factor_unit, instrument, supplier_product_id";

  private final RunStore runs = new RunStore();

  /** Writes the package of {@code run} to {@code out}. */
  public void write(Connection c, CalculationRun run, String periodName, OutputStream out)
      throws SQLException, IOException {
    Map<String, String> sums = new LinkedHashMap<>();
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, sums, "manifest.json", w -> w.write(run.manifest()));
    entry(zip, sums, "run.txt", w -> w.write(runText(run, periodName)));
    entry(zip, sums, "trace.csv", w -> trace(c, run, w));
    entry(zip, sums, "records.csv", w -> records(c, run, w));
    entry(zip, sums, "audit-trail.csv", w -> audit(c, run.tenantId(), w));
    entry(zip, sums, "README.md", w -> w.write(readme(run)));
    StringBuilder b = new StringBuilder();
    sums.forEach((name, hash) -> b.append(hash).append("  ").append(name).append('\n'));
    zip.putNextEntry(new ZipEntry("SHA256SUMS"));
    zip.write(b.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  @FunctionalInterface
  private interface Content {
    void write(Writer w) throws SQLException, IOException;
  }

  private static void entry(ZipOutputStream zip, Map<String, String> sums, String name, Content c)
      throws SQLException, IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    zip.putNextEntry(new ZipEntry(name));
    OutputStream unclosed =
        new java.io.FilterOutputStream(zip) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    try (Writer w =
        new java.io.BufferedWriter(
            new OutputStreamWriter(new DigestOutputStream(unclosed, sha), StandardCharsets.UTF_8),
            1 << 16)) {
      c.write(w);
    }
    zip.closeEntry();
    sums.put(name, HexFormat.of().formatHex(sha.digest()));
  }

  private static String runText(CalculationRun run, String periodName) {
    return "run="
        + run.id()
        + "\nperiod="
        + periodName
        + "\nresult_sha256="
        + run.resultSha256()
        + "\nrows_sha256="
        + run.rowsSha256()
        + "\ngwp_set="
        + run.gwpSet()
        + "\nconsolidation="
        + run.consolidation()
        + "\nengine_version="
        + run.engineVersion()
        + "\nrecords="
        + run.records()
        + "\nlines="
        + run.lines()
        + "\ncreated_by="
        + run.createdBy()
        + "\ncreated_at="
        + run.createdAt()
        + "\n";
  }

  private void trace(Connection c, CalculationRun run, Writer w) throws SQLException, IOException {
    w.write(
        "line_no,record_id,source,org_unit,activity_type,scope,category,method,gas,biogenic,"
            + "gas_grams,co2e_grams,factor_id,factor_library,citation,factor_note,formula\n");
    runs.forEachLine(
        c,
        run,
        l ->
            row(
                w,
                java.util.Arrays.asList(
                    Long.toString(l.lineNo()),
                    l.recordId(),
                    l.source(),
                    l.orgUnit(),
                    l.activityType(),
                    Integer.toString(l.scope()),
                    Integer.toString(l.category()),
                    l.method(),
                    l.gas(),
                    Boolean.toString(l.biogenic()),
                    Long.toString(l.gasGrams()),
                    Long.toString(l.co2eGrams()),
                    l.factorId(),
                    l.factorLibrary(),
                    l.citation(),
                    l.factorNote(),
                    l.formula())));
  }

  private static void records(Connection c, CalculationRun run, Writer w)
      throws SQLException, IOException {
    row(w, RECORD_COLUMNS);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + STORED_COLUMNS
                + " FROM activity_record r JOIN activity_import i ON i.id = r.import_id"
                + " WHERE i.tenant_id = ? AND i.period_id = ? AND i.status = ?"
                + " ORDER BY i.created_at, i.id, r.source_row")) {
      ps.setString(1, run.tenantId());
      ps.setString(2, run.periodId());
      ps.setString(3, ActivityImport.ACTIVE);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        String[] cells = new String[RECORD_COLUMNS.size()];
        while (rs.next()) {
          for (int i = 0; i < cells.length; i++) {
            cells[i] = rs.getString(i + 1);
          }
          row(w, java.util.Arrays.asList(cells));
        }
      }
    }
  }

  private static void audit(Connection c, String tenantId, Writer w)
      throws SQLException, IOException {
    w.write(
        "seq,at,actor,action,entity,entity_id,before_hash,after_hash,detail,previous_hash,"
            + "entry_hash\n");
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT seq, at, actor, action, entity, entity_id, before_hash, after_hash, detail,"
                + " previous_hash, entry_hash FROM audit_entry WHERE tenant_id = ? ORDER BY seq")) {
      ps.setString(1, tenantId);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        String[] cells = new String[11];
        while (rs.next()) {
          for (int i = 0; i < cells.length; i++) {
            cells[i] = rs.getString(i + 1);
          }
          row(w, java.util.Arrays.asList(cells));
        }
      }
    }
  }

  private static String readme(CalculationRun run) {
    return "# Verifier's package of run "
        + run.id()
        + "\n\n"
        + "- `manifest.json`: what the run is a function of: each input file's SHA-256, each factor"
        + " library's name, version and SHA-256, the GWP set, the consolidation approach and the"
        + " engine version.\n"
        + "- `run.txt`: the run's result hash (`result_sha256`, over every result and trace line)"
        + " and the hash of its stored rows (`rows_sha256`, recorded in the audit trail).\n"
        + "- `trace.csv`: every result line: record, factor, citation, formula, grams.\n"
        + "- `records.csv`: the activity records the run calculated, as stored, in the input"
        + " format.\n"
        + "- `audit-trail.csv`: the tenant's audit chain from its first entry: each entry's hash"
        + " covers the previous entry's hash.\n"
        + "- `SHA256SUMS`: the SHA-256 of every file above.\n\n"
        + "## Check the files\n\n"
        + "    sha256sum -c SHA256SUMS\n\n"
        + "## Re-run the inventory\n\n"
        + "With ScopePlus of engine version "
        + run.engineVersion()
        + " and the factor libraries named in `manifest.json` (user libraries given with"
        + " `--factors`):\n\n"
        + "    bin/scopeplus inventory records.csv --gwp "
        + run.gwpSet()
        + " --consolidation "
        + run.consolidation().replace('-', '_')
        + " --format json --trace --out rerun.json\n\n"
        + "The totals and every trace line's grams must equal `trace.csv`; the service computes the"
        + " same run again from the same inputs with the same `result_sha256`"
        + " (`POST /api/v1/periods/{id}/runs`). The audit chain is checked with"
        + " `bin/scopeplus audit verify` on the database or `GET /api/v1/audit/verification`.\n";
  }

  /** One CSV row (RFC 4180: fields with a comma, quote or line break are quoted). */
  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String s = cells.get(i) == null ? "" : cells.get(i);
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        w.write('"');
        w.write(s.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(s);
      }
    }
    w.write('\n');
  }
}
