package org.scopeplus.store.city.targets;

import java.time.Instant;
import java.util.List;
import org.scopeplus.core.city.targets.CityActual;
import org.scopeplus.core.city.targets.CityTarget;
import org.scopeplus.core.city.targets.InventoryBasis;

/**
 * A kept city target with the actuals posted with it, who set it and when.
 *
 * @param target the target
 * @param actuals its yearly actuals, oldest first
 * @param createdBy who
 * @param createdAt when
 * @param basis the city and level of the kept GPC inventories its actuals come from, or null when
 *     it reads the posted actuals only
 */
public record StoredCityTarget(
    CityTarget target,
    List<CityActual> actuals,
    String createdBy,
    Instant createdAt,
    InventoryBasis basis) {}
