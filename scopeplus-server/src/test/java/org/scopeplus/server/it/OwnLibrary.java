package org.scopeplus.server.it;

/** A tenant's own factor library: a utility's disclosed grid factor for Zhejiang, 2024. */
final class OwnLibrary {

  static final String CSV =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,verification\n"
          + "own.grid.zj.2024,grid.location,CN-ZJ,2024,2024,CO2,0.62,kg/kWh,grid_average,Utility"
          + " disclosure 2024,user_supplied\n";

  private OwnLibrary() {}
}
