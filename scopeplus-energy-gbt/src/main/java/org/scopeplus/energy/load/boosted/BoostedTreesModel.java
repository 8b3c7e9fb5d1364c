package org.scopeplus.energy.load.boosted;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;

/**
 * Gradient-boosted regression trees (Friedman 2001, "Greedy function approximation: a gradient
 * boosting machine", Ann. Statist. 29(5) 1189-1232; XGBoost, Chen and Guestrin 2016, KDD '16
 * 785-794) of hourly kWh on what is known of an hour before it comes: its local hour of the week,
 * hour of the day and day of the week, its outdoor temperature and the mean temperature of its
 * local day (both from the weather forecast when forecasting). No reading of the meter is a
 * feature, so nothing of the predicted period leaks into its prediction; the month is not one
 * either, so a month absent from training is not met by an untrained split.
 *
 * <p>The settings are fixed, not tuned to any meter: squared error, 200 rounds at learning rate
 * 0.1, depth at most 6, at least 20 hours in a leaf (CalTRACK's smallest temperature bin), L2
 * penalty 1, histogram splits, every row and feature in every round, one thread and seed 0, so two
 * fits on the same data give the same trees. The fitted trees are kept in XGBoost's saved form, so
 * no native memory outlives a call.
 */
public final class BoostedTreesModel implements LoadModel {

  static final int ROUNDS = 200;
  static final int MIN_HOURS = 168;

  /** More than this many kWh in an hour is refused, as the meter files refuse it. */
  static final double MAX_KWH = 1e7;

  static final Map<String, Object> SETTINGS =
      Map.of(
          "objective",
          "reg:squarederror",
          "eta",
          0.1,
          "max_depth",
          6,
          "min_child_weight",
          20.0,
          "lambda",
          1.0,
          "subsample",
          1.0,
          "tree_method",
          "hist",
          "nthread",
          1,
          "seed",
          0,
          "verbosity",
          0);

  /** Hour of week, hour of day, day of week, temperature °C, the local day's mean °C. */
  static final int FEATURES = 5;

  private final byte[] trees;
  private final int leaves;
  private final Predictions fitted;

  private BoostedTreesModel(byte[] trees, int leaves, LoadData train) {
    this.trees = trees;
    this.leaves = leaves;
    this.fitted = predict(train);
  }

  /**
   * Fits on the metered hours of the data; refuses fewer than 168 metered hours, and a reading or
   * temperature that is not a finite number or is out of range, naming the hour.
   */
  public static BoostedTreesModel fit(LoadData data) {
    double[] kwh = data.kwh();
    int metered = data.metered();
    if (metered < MIN_HOURS) {
      throw new IllegalArgumentException(
          "the training period has " + metered + " metered hours; at least a week (168) is needed");
    }
    float[] all = features(data);
    float[] x = new float[metered * FEATURES];
    float[] y = new float[metered];
    long[] hours = data.hourStarts();
    int r = 0;
    for (int i = 0; i < kwh.length; i++) {
      if (Double.isNaN(kwh[i])) {
        continue;
      }
      if (!(Math.abs(kwh[i]) <= MAX_KWH)) {
        throw new IllegalArgumentException(
            "the reading of the hour beginning "
                + java.time.Instant.ofEpochSecond(hours[i])
                + " is "
                + kwh[i]
                + " kWh; at most 10^7 kWh an hour can be fitted");
      }
      System.arraycopy(all, i * FEATURES, x, r * FEATURES, FEATURES);
      y[r++] = (float) kwh[i];
    }
    DMatrix train = null;
    Booster booster = null;
    try {
      train = new DMatrix(x, metered, FEATURES, Float.NaN);
      train.setLabel(y);
      booster = XGBoost.train(train, SETTINGS, ROUNDS, Map.of(), null, null);
      int leaves = 0;
      for (String tree : booster.getModelDump((String) null, false)) {
        leaves += occurrences(tree, "leaf=");
      }
      return new BoostedTreesModel(booster.toByteArray("ubj"), leaves, data);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not fit: " + e.getMessage(), e);
    } finally {
      if (booster != null) {
        booster.dispose();
      }
      if (train != null) {
        train.dispose();
      }
    }
  }

  /**
   * The features of each hour, row by row: its local hour of the week, hour of the day, day of the
   * week (0 = Monday), temperature °C and the mean temperature of the hours of its local day in the
   * data.
   */
  static float[] features(LoadData d) {
    int n = d.size();
    int[] how = d.hoursOfWeek();
    long[] day = d.localDays();
    double[] t = d.temperatureC();
    long[] hours = d.hourStarts();
    float[] x = new float[n * FEATURES];
    int i = 0;
    while (i < n) {
      int j = i;
      double sum = 0;
      while (j < n && day[j] == day[i]) {
        if (!(Math.abs(t[j]) <= 100)) {
          throw new IllegalArgumentException(
              "the temperature of the hour beginning "
                  + java.time.Instant.ofEpochSecond(hours[j])
                  + " is "
                  + t[j]
                  + " °C; a temperature from -100 to 100 °C is needed");
        }
        sum += t[j];
        j++;
      }
      float mean = (float) (sum / (j - i));
      for (int k = i; k < j; k++) {
        int o = k * FEATURES;
        x[o] = how[k];
        x[o + 1] = how[k] % 24;
        x[o + 2] = how[k] / 24;
        x[o + 3] = (float) t[k];
        x[o + 4] = mean;
      }
      i = j;
    }
    return x;
  }

  private static int occurrences(String text, String part) {
    int c = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      c++;
    }
    return c;
  }

  @Override
  public Predictions predict(LoadData data) {
    int n = data.size();
    double[] p = new double[n];
    if (n > 0) {
      float[] x = features(data);
      Booster booster = null;
      try {
        booster = XGBoost.loadModel(trees);
        booster.setParam("nthread", 1);
        float[][] out = booster.inplace_predict(x, n, FEATURES, Float.NaN);
        for (int i = 0; i < n; i++) {
          p[i] = out[i][0];
        }
      } catch (XGBoostError | IOException e) {
        throw new IllegalStateException("XGBoost could not predict: " + e.getMessage(), e);
      } finally {
        if (booster != null) {
          booster.dispose();
        }
      }
    }
    return new Predictions(data.hourStarts(), p, data.kwh(), Predictions.Granularity.HOUR);
  }

  @Override
  public Predictions fitted() {
    return fitted;
  }

  @Override
  public String name() {
    return BoostedTrees.NAME;
  }

  /** The number of leaves of all the trees: each holds one fitted value. */
  @Override
  public int parameters() {
    return leaves;
  }

  @Override
  public String description() {
    return String.format(
        Locale.ROOT,
        "gradient-boosted trees (XGBoost), %d rounds, learning rate 0.1, depth at most 6, at least"
            + " 20 hours a leaf, %d leaves; on hour of week, hour of day, day of week,"
            + " temperature and the day's mean temperature",
        ROUNDS,
        leaves);
  }
}
