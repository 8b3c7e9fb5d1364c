package org.scopeplus.energy.load;

/** A fitted baseline or forecast model of a meter's load against outdoor temperature. */
public interface LoadModel {

  /** The model's name as the command line takes it ({@code hourly}, {@code daily}). */
  String name();

  /** Number of fitted parameters (p in ASHRAE Guideline 14's n - p). */
  int parameters();

  /** One line a reader understands: the kind of model and what was chosen in fitting it. */
  String description();

  /** Predictions for the hours of the data (or its local days for a daily model). */
  Predictions predict(LoadData data);

  /** The in-sample residuals' intervals: predictions over the training data itself. */
  Predictions fitted();
}
