package org.scopeplus.store.factor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.factor.FactorLibraryReader;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.PagedQuery;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.audit.AuditTrail;

/** Stores tenants' factor libraries (CSV in the built-in library's columns) and reads them back. */
public final class FactorLibraryStore {

  private final FactorLibraryReader reader;
  private final AuditTrail audit = new AuditTrail();

  public FactorLibraryStore(GwpTable gwps) {
    this.reader = new FactorLibraryReader(gwps);
  }

  /** Validates and stores a library version. */
  public LibraryOutcome add(
      Connection c,
      String tenantId,
      String name,
      String version,
      String fileName,
      byte[] content,
      String actor)
      throws SQLException {
    Optional<StoredFactorLibrary> existing = byNameAndVersion(c, tenantId, name, version);
    if (existing.isPresent()) {
      return new LibraryOutcome.VersionExists(existing.get());
    }
    ReadResult<FactorLibrary> read = parse(fileName, content, name, version);
    if (!read.ok()) {
      return new LibraryOutcome.Rejected(read.problems(), read.problemCount());
    }
    StoredFactorLibrary lib =
        new StoredFactorLibrary(
            UUID.randomUUID().toString(),
            tenantId,
            name,
            version,
            fileName,
            HexFormat.of().formatHex(Sha256.digest().digest(content)),
            read.value().factors().size(),
            actor,
            Instant.now());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO factor_library (id, tenant_id, name, version, file_name, sha256,"
                + " factor_count, content, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")) {
      ps.setString(1, lib.id());
      ps.setString(2, tenantId);
      ps.setString(3, name);
      ps.setString(4, version);
      ps.setString(5, fileName);
      ps.setString(6, lib.sha256());
      ps.setInt(7, lib.factors());
      ps.setBytes(8, content);
      ps.setString(9, actor);
      ps.setTimestamp(10, Timestamp.from(lib.createdAt()));
      ps.executeUpdate();
    }
    audit.append(
        c,
        tenantId,
        actor,
        "factor_library.added",
        "factor_library",
        lib.id(),
        AuditTrail.NO_STATE,
        lib.state(),
        "factor library " + name + " " + version + " added");
    return new LibraryOutcome.Stored(lib);
  }

  private ReadResult<FactorLibrary> parse(
      String file, byte[] content, String name, String version) {
    try {
      return reader.read(file, new ByteArrayInputStream(content), name, version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The library as the calculation uses it. */
  public Optional<FactorLibrary> load(Connection c, String tenantId, String id)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, version, file_name, content FROM factor_library WHERE id = ? AND"
                + " tenant_id = ?")) {
      ps.setString(1, id);
      ps.setString(2, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ReadResult<FactorLibrary> r =
            parse(rs.getString(3), rs.getBytes(4), rs.getString(1), rs.getString(2));
        if (!r.ok()) {
          throw new IllegalStateException(
              "stored library " + id + " no longer reads: " + r.problems());
        }
        return Optional.of(r.value());
      }
    }
  }

  /**
   * A stored library as its content reads now: the SHA-256 is recomputed from the stored bytes, not
   * taken from the row, so content edited in the database shows in the library's audited state.
   */
  public static StoredFactorLibrary asStored(Connection c, StoredFactorLibrary lib)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT content FROM factor_library WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, lib.id());
      ps.setString(2, lib.tenantId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return lib;
        }
        return lib.withSha256(HexFormat.of().formatHex(Sha256.digest().digest(rs.getBytes(1))));
      }
    }
  }

  public Optional<StoredFactorLibrary> byId(Connection c, String tenantId, String id)
      throws SQLException {
    return SingleRow.find(
        c, SELECT + " WHERE id = ? AND tenant_id = ?", FactorLibraryStore::read, id, tenantId);
  }

  public Optional<StoredFactorLibrary> byNameAndVersion(
      Connection c, String tenantId, String name, String version) throws SQLException {
    return SingleRow.find(
        c,
        SELECT + " WHERE tenant_id = ? AND name = ? AND version = ?",
        FactorLibraryStore::read,
        tenantId,
        name,
        version);
  }

  public Page<StoredFactorLibrary> list(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return listing(c, tenantId, page);
  }

  /**
   * A page of the tenant's libraries as their content reads now ({@link #asStored}), for the audit
   * check.
   */
  public static Page<StoredFactorLibrary> listAsStored(
      Connection c, String tenantId, PageRequest page) throws SQLException {
    return listing(c, tenantId, page).map(lib -> asStored(c, lib));
  }

  /**
   * One of the tenant's libraries as its content reads now ({@link #asStored}), for the audit
   * check.
   */
  public static Optional<StoredFactorLibrary> oneAsStored(Connection c, String tenantId, String id)
      throws SQLException {
    Optional<StoredFactorLibrary> lib =
        SingleRow.find(
            c, SELECT + " WHERE id = ? AND tenant_id = ?", FactorLibraryStore::read, id, tenantId);
    return lib.isEmpty() ? lib : Optional.of(asStored(c, lib.get()));
  }

  private static Page<StoredFactorLibrary> listing(Connection c, String tenantId, PageRequest page)
      throws SQLException {
    return PagedQuery.ofTenant(
        c,
        SELECT,
        "factor_library",
        tenantId,
        " ORDER BY name, created_at",
        page,
        FactorLibraryStore::read);
  }

  private static final String SELECT =
      "SELECT id, tenant_id, name, version, file_name, sha256, factor_count, created_by,"
          + " created_at FROM factor_library";

  private static StoredFactorLibrary read(ResultSet rs) throws SQLException {
    return new StoredFactorLibrary(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getString(8),
        rs.getTimestamp(9).toInstant());
  }
}
