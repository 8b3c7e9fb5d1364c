package org.scopeplus.store.baseyear;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.baseyear.RecalculationTrigger;

class RecalculatingBaseYearTest {

  private static Connection closed() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:h2:mem:recalculating-base-year");
    c.close();
    return c;
  }

  @Test
  void aRepositorysSqlExceptionComesOutOfThePolicyAsItself() throws SQLException {
    RecalculatingBaseYear policy = new RecalculatingBaseYear();
    Connection c = closed();
    assertThatThrownBy(() -> policy.set(c, "t1", "r1", 0.05, "alice"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> policy.assess(c, "t1", "r1", RecalculationTrigger.STRUCTURAL_CHANGE))
        .isInstanceOf(SQLException.class);
  }
}
