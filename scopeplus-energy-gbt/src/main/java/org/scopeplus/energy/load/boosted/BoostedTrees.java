package org.scopeplus.energy.load.boosted;

import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.LoadModelKind;

/** The gradient-boosted trees model by its command-line name, {@code gbt}. */
public final class BoostedTrees implements LoadModelKind {

  public static final String NAME = "gbt";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LoadModel fit(LoadData train) {
    return BoostedTreesModel.fit(train);
  }
}
