package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.store.activity.ActivityImport;

/**
 * The org units a run of a period covers: the distinct org units of the records of the period's
 * active imports, by path. Read before a data owner's run, which may cover only their own units; it
 * reads every record's org unit once, like a scan of the period's records.
 */
public final class PeriodOrgUnits {

  /** The org-unit paths of the period's active records, sorted. */
  public List<String> ofActiveImports(Connection c, String tenantId, String periodId)
      throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT r.org_unit FROM activity_record r JOIN activity_import i ON i.id ="
                + " r.import_id WHERE i.tenant_id = ? AND i.period_id = ? AND i.status = ?"
                + " ORDER BY r.org_unit")) {
      ps.setString(1, tenantId);
      ps.setString(2, periodId);
      ps.setString(3, ActivityImport.ACTIVE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
