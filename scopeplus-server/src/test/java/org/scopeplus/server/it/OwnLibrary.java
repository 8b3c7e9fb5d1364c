package org.scopeplus.server.it;

import java.nio.file.Path;
import java.util.Map;

/** A tenant's own factor library: a utility's disclosed grid factor for Zhejiang, 2024. */
final class OwnLibrary {

  static final String CSV =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,verification\n"
          + "own.grid.zj.2024,grid.location,CN-ZJ,2024,2024,CO2,0.62,kg/kWh,grid_average,Utility"
          + " disclosure 2024,user_supplied\n";

  private OwnLibrary() {}

  /** Uploads it as version 2024.1 of the library own-grid, written into {@code dir} first. */
  static ApiClient.Reply upload(ApiClient who, Path dir) {
    return who.upload(
        "/api/v1/factor-libraries",
        ApiClient.write(dir, "own.csv", CSV),
        Map.of("name", "own-grid", "version", "2024.1"));
  }
}
