package org.scopeplus.energy.solar;

import static java.lang.Math.asin;
import static java.lang.Math.atan;
import static java.lang.Math.atan2;
import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.tan;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

/**
 * NREL's Solar Position Algorithm: I. Reda and A. Andreas, "Solar Position Algorithm for Solar
 * Radiation Applications", NREL/TP-560-34302, revised January 2008 (Solar Energy 76 (2004)
 * 577-589). Uncertainty +/-0.0003 degrees for the years -2000 to 6000. Step numbers in the comments
 * are the report's section 3 numbering; the periodic terms are its Tables A4.2 and A4.3.
 */
public final class Spa {

  private Spa() {}

  /**
   * The Julian day (report eq. 4) of an instant given as seconds since 1970-01-01T00:00Z (UT). For
   * the Gregorian calendar the Unix epoch is JD 2440587.5.
   */
  public static double julianDay(double epochSecondUt) {
    return 2440587.5 + epochSecondUt / 86400.0;
  }

  /**
   * The sun's topocentric position.
   *
   * @param epochSecondUt the instant, seconds since 1970-01-01T00:00 UT
   * @param latitude degrees, north positive (-90..90)
   * @param longitude degrees, east positive (-180..180)
   * @param elevation site elevation, metres
   * @param pressure annual mean local pressure, millibars (for refraction)
   * @param temperature annual mean local temperature, degrees Celsius (for refraction)
   * @param deltaT TT - UT, seconds (report section 3.1.2)
   */
  public static SolarPosition position(
      double epochSecondUt,
      double latitude,
      double longitude,
      double elevation,
      double pressure,
      double temperature,
      double deltaT) {
    Observer o = new Observer(latitude, longitude, elevation, pressure, temperature);
    Time t = new Time(epochSecondUt, deltaT);

    // 3.2: Earth heliocentric longitude L, latitude B, radius vector R.
    double l = series(t.jme, L_TERMS);
    double b = series(t.jme, B_TERMS);
    double r = series(t.jme, R_TERMS);

    // 3.4: nutation in longitude and obliquity.
    double[] x = nutationArguments(t.jce);
    double sumPsi = 0;
    double sumEps = 0;
    for (int i = 0; i < Y_TERMS.length; i++) {
      int[] y = Y_TERMS[i];
      double arg = toRadians(x[0] * y[0] + x[1] * y[1] + x[2] * y[2] + x[3] * y[3] + x[4] * y[4]);
      double[] pe = PE_TERMS[i];
      sumPsi += (pe[0] + pe[1] * t.jce) * sin(arg);
      sumEps += (pe[2] + pe[3] * t.jce) * cos(arg);
    }
    return topocentric(o, t, l, b, r, sumPsi, sumEps);
  }

  /**
   * The sun's topocentric position at each of a series of instants, the same as {@link #position}
   * gives for each one (to within about 1e-12 degrees; SpaSeriesTest states the bounds), computed
   * faster for instants at equal steps such as every hour of a year.
   *
   * <p>The Earth's periodic terms (Table A4.2) are cosines of B + C JME, and JME grows by the same
   * amount at each equal step, so each term is carried from one instant to the next by the angle
   * addition formulas, cos(a + d) = cos a cos d - sin a sin d and sin(a + d) = sin a cos d + cos a
   * sin d, with cos d and sin d computed once. Every 24 steps, and at any instant that does not
   * follow the previous one by the first step of the series, the terms are computed afresh from JME
   * (an anchor), so rounding cannot build up. The 63 nutation terms (Table A4.3) are sines and
   * cosines of whole-number combinations of the five arguments X0..X4: they are built by complex
   * multiplication from cos Xj and sin Xj (ten calls an instant instead of 126). Everything else is
   * the same code as {@link #position}.
   *
   * @param epochSecondsUt the instants, seconds since 1970-01-01T00:00 UT
   */
  public static SolarPosition[] positions(
      long[] epochSecondsUt,
      double latitude,
      double longitude,
      double elevation,
      double pressure,
      double temperature,
      double deltaT) {
    Observer o = new Observer(latitude, longitude, elevation, pressure, temperature);
    int n = epochSecondsUt.length;
    SolarPosition[] out = new SolarPosition[n];
    int terms = TERM_A.length;
    double[] c = new double[terms];
    double[] s = new double[terms];
    double[] stepCos = new double[terms];
    double[] stepSin = new double[terms];
    double[] sums = new double[GROUPS];
    double[] powRe = new double[5 * 6];
    double[] powIm = new double[5 * 6];
    long step = 0;
    int sinceAnchor = 0;
    for (int i = 0; i < n; i++) {
      Time t = new Time(epochSecondsUt[i], deltaT);
      if (i == 1) {
        step = epochSecondsUt[1] - epochSecondsUt[0];
        double dJme = step / 86400.0 / 36525.0 / 10.0;
        for (int k = 0; k < terms; k++) {
          double d = TERM_C[k] * dJme;
          stepCos[k] = cos(d);
          stepSin[k] = sin(d);
        }
      }
      boolean anchor =
          i == 0
              || sinceAnchor >= ANCHOR_EVERY
              || step == 0
              || epochSecondsUt[i] - epochSecondsUt[i - 1] != step;
      if (anchor) {
        for (int k = 0; k < terms; k++) {
          double a = TERM_B[k] + TERM_C[k] * t.jme;
          c[k] = cos(a);
          s[k] = sin(a);
        }
        sinceAnchor = 0;
        for (int g = 0; g < GROUPS; g++) {
          double sum = 0;
          for (int k = GROUP_START[g]; k < GROUP_START[g + 1]; k++) {
            sum += TERM_A[k] * c[k];
          }
          sums[g] = sum;
        }
      } else {
        // Each group's sum is a chain of additions; the rotations beside it are independent.
        for (int g = 0; g < GROUPS; g++) {
          double sum = 0;
          for (int k = GROUP_START[g]; k < GROUP_START[g + 1]; k++) {
            double ck = c[k];
            double sk = s[k];
            double cn = ck * stepCos[k] - sk * stepSin[k];
            c[k] = cn;
            s[k] = sk * stepCos[k] + ck * stepSin[k];
            sum += TERM_A[k] * cn;
          }
          sums[g] = sum;
        }
      }
      sinceAnchor++;
      double l = combine(sums, 0, L_TERMS.length, t.jme);
      double b = combine(sums, L_TERMS.length, B_TERMS.length, t.jme);
      double r = combine(sums, L_TERMS.length + B_TERMS.length, R_TERMS.length, t.jme);

      double[] x = nutationArguments(t.jce);
      for (int j = 0; j < 5; j++) {
        double xr = toRadians(x[j]);
        double c1 = cos(xr);
        double s1 = sin(xr);
        double c2 = c1 * c1 - s1 * s1;
        double s2 = 2 * s1 * c1;
        int o0 = j * 6;
        // multiples -2, -1, 0, 1, 2, 3 at offsets 0..5
        powRe[o0] = c2;
        powIm[o0] = -s2;
        powRe[o0 + 1] = c1;
        powIm[o0 + 1] = -s1;
        powRe[o0 + 2] = 1;
        powIm[o0 + 2] = 0;
        powRe[o0 + 3] = c1;
        powIm[o0 + 3] = s1;
        powRe[o0 + 4] = c2;
        powIm[o0 + 4] = s2;
        powRe[o0 + 5] = c2 * c1 - s2 * s1;
        powIm[o0 + 5] = s2 * c1 + c2 * s1;
      }
      double sumPsi = 0;
      double sumEps = 0;
      for (int k = 0; k < Y_TERMS.length; k++) {
        // The product of the five factors exp(i Yj Xj) (a factor 1 where Yj = 0): the same five
        // steps for every term, so the processor does not mispredict a variable loop.
        int q = k * 5;
        double re = powRe[Y_INDEX[q]];
        double im = powIm[Y_INDEX[q]];
        for (int j = 1; j < 5; j++) {
          double pr = powRe[Y_INDEX[q + j]];
          double pi = powIm[Y_INDEX[q + j]];
          double nr = re * pr - im * pi;
          im = re * pi + im * pr;
          re = nr;
        }
        double[] pe = PE_TERMS[k];
        sumPsi += (pe[0] + pe[1] * t.jce) * im;
        sumEps += (pe[2] + pe[3] * t.jce) * re;
      }
      out[i] = topocentric(o, t, l, b, r, sumPsi, sumEps);
    }
    return out;
  }

  /** The anchors of {@link #positions}: the periodic terms are computed afresh every 24 steps. */
  static final int ANCHOR_EVERY = 24;

  /** The site's constants (report 3.12: u, x, y) and the refraction inputs. */
  private static final class Observer {
    final double longitude;
    final double pressure;
    final double temperature;
    final double phi;
    final double sinPhi;
    final double cosPhi;
    final double x;
    final double yy;

    Observer(
        double latitude, double longitude, double elevation, double pressure, double temperature) {
      if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException(
            "latitude must lie in -90..90 and longitude in -180..180 degrees, not "
                + latitude
                + ", "
                + longitude);
      }
      this.longitude = longitude;
      this.pressure = pressure;
      this.temperature = temperature;
      phi = toRadians(latitude);
      sinPhi = sin(phi);
      cosPhi = cos(phi);
      double uu = atan(0.99664719 * tan(phi));
      x = cos(uu) + elevation / 6378140.0 * cosPhi;
      yy = 0.99664719 * sin(uu) + elevation / 6378140.0 * sinPhi;
    }
  }

  /** Report 3.1.1-3.1.4: Julian day, ephemeris day, century, ephemeris century and millennium. */
  private static final class Time {
    final double jd;
    final double jc;
    final double jce;
    final double jme;

    Time(double epochSecondUt, double deltaT) {
      jd = julianDay(epochSecondUt);
      double jde = jd + deltaT / 86400.0;
      jc = (jd - 2451545.0) / 36525.0;
      jce = (jde - 2451545.0) / 36525.0;
      jme = jce / 10.0;
    }
  }

  /** Report 3.4.1-3.4.5: the nutation arguments X0..X4, degrees. */
  private static double[] nutationArguments(double jce) {
    return new double[] {
      poly(jce, 297.85036, 445267.111480, -0.0019142, 1.0 / 189474.0),
      poly(jce, 357.52772, 35999.050340, -0.0001603, -1.0 / 300000.0),
      poly(jce, 134.96298, 477198.867398, 0.0086972, 1.0 / 56250.0),
      poly(jce, 93.27191, 483202.017538, -0.0036825, 1.0 / 327270.0),
      poly(jce, 125.04452, -1934.136261, 0.0020708, 1.0 / 450000.0)
    };
  }

  /**
   * Report 3.3 and 3.5-3.15 from the heliocentric L, B (radians), R (AU) and the nutation sums
   * (units of 0.0001 arc seconds).
   */
  private static SolarPosition topocentric(
      Observer o, Time t, double lRad, double bRad, double r, double sumPsi, double sumEps) {
    double l = limit360(toDegrees(lRad));
    double b = toDegrees(bRad);

    // 3.3: geocentric longitude and latitude.
    double theta = limit360(l + 180.0);
    double beta = -b;

    // 3.4: nutation in longitude and obliquity.
    double deltaPsi = sumPsi / 36000000.0;
    double deltaEps = sumEps / 36000000.0;

    // 3.5: true obliquity of the ecliptic.
    double u = t.jme / 10.0;
    double eps0 =
        84381.448
            + u
                * (-4680.93
                    + u
                        * (-1.55
                            + u
                                * (1999.25
                                    + u
                                        * (-51.38
                                            + u
                                                * (-249.67
                                                    + u
                                                        * (-39.05
                                                            + u
                                                                * (7.12
                                                                    + u
                                                                        * (27.87
                                                                            + u
                                                                                * (5.79
                                                                                    + u
                                                                                        * 2.45)))))))));
    double eps = eps0 / 3600.0 + deltaEps;

    // 3.6-3.7: aberration correction and apparent sun longitude.
    double deltaTau = -20.4898 / (3600.0 * r);
    double lambda = theta + deltaPsi + deltaTau;

    // 3.8: apparent sidereal time at Greenwich.
    double jd = t.jd;
    double jc = t.jc;
    double epsR = toRadians(eps);
    double cosEps = cos(epsR);
    double sinEps = sin(epsR);
    double nu0 =
        limit360(
            280.46061837
                + 360.98564736629 * (jd - 2451545.0)
                + jc * jc * (0.000387933 - jc / 38710000.0));
    double nu = nu0 + deltaPsi * cosEps;

    // 3.9-3.10: geocentric right ascension and declination.
    double lambdaR = toRadians(lambda);
    double betaR = toRadians(beta);
    double sinLambda = sin(lambdaR);
    double alpha =
        limit360(toDegrees(atan2(sinLambda * cosEps - tan(betaR) * sinEps, cos(lambdaR))));
    double delta = toDegrees(asin(sin(betaR) * cosEps + cos(betaR) * sinEps * sinLambda));

    // 3.11: observer local hour angle.
    double h = limit360(nu + o.longitude - alpha);

    // 3.12: topocentric right ascension and declination (parallax).
    double xi = toRadians(8.794 / (3600.0 * r));
    double sinXi = sin(xi);
    double hR = toRadians(h);
    double deltaR = toRadians(delta);
    double cosH = cos(hR);
    double denom = cos(deltaR) - o.x * sinXi * cosH;
    double deltaAlpha = atan2(-o.x * sinXi * sin(hR), denom);
    double deltaPrime = atan2((sin(deltaR) - o.yy * sinXi) * cos(deltaAlpha), denom);

    // 3.13: topocentric local hour angle.
    double hPrime = h - toDegrees(deltaAlpha);
    double hPrimeR = toRadians(hPrime);
    double cosHPrime = cos(hPrimeR);

    // 3.14: topocentric zenith angle, with the refraction correction.
    double e0 =
        toDegrees(asin(o.sinPhi * sin(deltaPrime) + o.cosPhi * cos(deltaPrime) * cosHPrime));
    double deltaE = 0;
    // The report applies refraction for the sun above the horizon, including the solar radius
    // and the standard refraction at the horizon (0.26667 + 0.5667 degrees), as NREL's code does.
    if (e0 >= -(0.26667 + 0.5667)) {
      deltaE =
          o.pressure
              / 1010.0
              * 283.0
              / (273.0 + o.temperature)
              * 1.02
              / (60.0 * tan(toRadians(e0 + 10.3 / (e0 + 5.11))));
    }
    double e = e0 + deltaE;
    double zenith = 90.0 - e;

    // 3.15: topocentric azimuth, eastward from north.
    double gamma =
        toDegrees(atan2(sin(hPrimeR), cosHPrime * o.sinPhi - tan(deltaPrime) * o.cosPhi));
    double azimuth = limit360(gamma + 180.0);
    return new SolarPosition(zenith, e, azimuth, toDegrees(deltaPrime), hPrime, r);
  }

  static double limit360(double degrees) {
    double d = degrees % 360.0;
    return d < 0 ? d + 360.0 : d;
  }

  private static double poly(double t, double a, double b, double c, double d) {
    return a + t * (b + t * (c + t * d));
  }

  /** Report eqs. 9-11: sum each table's A cos(B + C JME), then the polynomial in JME, / 1e8. */
  private static double series(double jme, double[][][] table) {
    double result = 0;
    double power = 1;
    for (double[][] rows : table) {
      double sum = 0;
      for (double[] row : rows) {
        sum += row[0] * cos(row[1] + row[2] * jme);
      }
      result += sum * power;
      power *= jme;
    }
    return result / 1e8;
  }

  /** The polynomial of eqs. 9-11 over the per-power sums of {@link #positions}, / 1e8. */
  private static double combine(double[] sums, int from, int powers, double jme) {
    double result = 0;
    double power = 1;
    for (int p = 0; p < powers; p++) {
      result += sums[from + p] * power;
      power *= jme;
    }
    return result / 1e8;
  }

  // Report Table A4.2: Earth periodic terms L0..L5, B0..B1, R0..R4 as {A, B, C}.
  private static final double[][][] L_TERMS = {
    {
      {175347046, 0, 0}, {3341656, 4.6692568, 6283.07585}, {34894, 4.6261, 12566.1517},
      {3497, 2.7441, 5753.3849}, {3418, 2.8289, 3.5231}, {3136, 3.6277, 77713.7715},
      {2676, 4.4181, 7860.4194}, {2343, 6.1352, 3930.2097}, {1324, 0.7425, 11506.7698},
      {1273, 2.0371, 529.691}, {1199, 1.1096, 1577.3435}, {990, 5.233, 5884.927},
      {902, 2.045, 26.298}, {857, 3.508, 398.149}, {780, 1.179, 5223.694},
      {753, 2.533, 5507.553}, {505, 4.583, 18849.228}, {492, 4.205, 775.523},
      {357, 2.92, 0.067}, {317, 5.849, 11790.629}, {284, 1.899, 796.298},
      {271, 0.315, 10977.079}, {243, 0.345, 5486.778}, {206, 4.806, 2544.314},
      {205, 1.869, 5573.143}, {202, 2.458, 6069.777}, {156, 0.833, 213.299},
      {132, 3.411, 2942.463}, {126, 1.083, 20.775}, {115, 0.645, 0.98},
      {103, 0.636, 4694.003}, {102, 0.976, 15720.839}, {102, 4.267, 7.114},
      {99, 6.21, 2146.17}, {98, 0.68, 155.42}, {86, 5.98, 161000.69},
      {85, 1.3, 6275.96}, {85, 3.67, 71430.7}, {80, 1.81, 17260.15},
      {79, 3.04, 12036.46}, {75, 1.76, 5088.63}, {74, 3.5, 3154.69},
      {74, 4.68, 801.82}, {70, 0.83, 9437.76}, {62, 3.98, 8827.39},
      {61, 1.82, 7084.9}, {57, 2.78, 6286.6}, {56, 4.39, 14143.5},
      {56, 3.47, 6279.55}, {52, 0.19, 12139.55}, {52, 1.33, 1748.02},
      {51, 0.28, 5856.48}, {49, 0.49, 1194.45}, {41, 5.37, 8429.24},
      {41, 2.4, 19651.05}, {39, 6.17, 10447.39}, {37, 6.04, 10213.29},
      {37, 2.57, 1059.38}, {36, 1.71, 2352.87}, {36, 1.78, 6812.77},
      {33, 0.59, 17789.85}, {30, 0.44, 83996.85}, {30, 2.74, 1349.87},
      {25, 3.16, 4690.48}
    },
    {
      {628331966747.0, 0, 0}, {206059, 2.678235, 6283.07585}, {4303, 2.6351, 12566.1517},
      {425, 1.59, 3.523}, {119, 5.796, 26.298}, {109, 2.966, 1577.344},
      {93, 2.59, 18849.23}, {72, 1.14, 529.69}, {68, 1.87, 398.15},
      {67, 4.41, 5507.55}, {59, 2.89, 5223.69}, {56, 2.17, 155.42},
      {45, 0.4, 796.3}, {36, 0.47, 775.52}, {29, 2.65, 7.11},
      {21, 5.34, 0.98}, {19, 1.85, 5486.78}, {19, 4.97, 213.3},
      {17, 2.99, 6275.96}, {16, 0.03, 2544.31}, {16, 1.43, 2146.17},
      {15, 1.21, 10977.08}, {12, 2.83, 1748.02}, {12, 3.26, 5088.63},
      {12, 5.27, 1194.45}, {12, 2.08, 4694}, {11, 0.77, 553.57},
      {10, 1.3, 6286.6}, {10, 4.24, 1349.87}, {9, 2.7, 242.73},
      {9, 5.64, 951.72}, {8, 5.3, 2352.87}, {6, 2.65, 9437.76},
      {6, 4.67, 4690.48}
    },
    {
      {52919, 0, 0}, {8720, 1.0721, 6283.0758}, {309, 0.867, 12566.152},
      {27, 0.05, 3.52}, {16, 5.19, 26.3}, {16, 3.68, 155.42},
      {10, 0.76, 18849.23}, {9, 2.06, 77713.77}, {7, 0.83, 775.52},
      {5, 4.66, 1577.34}, {4, 1.03, 7.11}, {4, 3.44, 5573.14},
      {3, 5.14, 796.3}, {3, 6.05, 5507.55}, {3, 1.19, 242.73},
      {3, 6.12, 529.69}, {3, 0.31, 398.15}, {3, 2.28, 553.57},
      {2, 4.38, 5223.69}, {2, 3.75, 0.98}
    },
    {
      {289, 5.844, 6283.076}, {35, 0, 0}, {17, 5.49, 12566.15},
      {3, 5.2, 155.42}, {1, 4.72, 3.52}, {1, 5.3, 18849.23},
      {1, 5.97, 242.73}
    },
    {{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15}},
    {{1, 3.14, 0}}
  };

  private static final double[][][] B_TERMS = {
    {
      {280, 3.199, 84334.662},
      {102, 5.422, 5507.553},
      {80, 3.88, 5223.69},
      {44, 3.7, 2352.87},
      {32, 4, 1577.34}
    },
    {{9, 3.9, 5507.55}, {6, 1.73, 5223.69}}
  };

  private static final double[][][] R_TERMS = {
    {
      {100013989, 0, 0}, {1670700, 3.0984635, 6283.07585}, {13956, 3.05525, 12566.1517},
      {3084, 5.1985, 77713.7715}, {1628, 1.1739, 5753.3849}, {1576, 2.8469, 7860.4194},
      {925, 5.453, 11506.77}, {542, 4.564, 3930.21}, {472, 3.661, 5884.927},
      {346, 0.964, 5507.553}, {329, 5.9, 5223.694}, {307, 0.299, 5573.143},
      {243, 4.273, 11790.629}, {212, 5.847, 1577.344}, {186, 5.022, 10977.079},
      {175, 3.012, 18849.228}, {110, 5.055, 5486.778}, {98, 0.89, 6069.78},
      {86, 5.69, 15720.84}, {86, 1.27, 161000.69}, {65, 0.27, 17260.15},
      {63, 0.92, 529.69}, {57, 2.01, 83996.85}, {56, 5.24, 71430.7},
      {49, 3.25, 2544.31}, {47, 2.58, 775.52}, {45, 5.54, 9437.76},
      {43, 6.01, 6275.96}, {39, 5.36, 4694}, {38, 2.39, 8827.39},
      {37, 0.83, 19651.05}, {37, 4.9, 12139.55}, {36, 1.67, 12036.46},
      {35, 1.84, 2942.46}, {33, 0.24, 7084.9}, {32, 0.18, 5088.63},
      {32, 1.78, 398.15}, {28, 1.21, 6286.6}, {28, 1.9, 6279.55},
      {26, 4.59, 10447.39}
    },
    {
      {103019, 1.10749, 6283.07585}, {1721, 1.0644, 12566.1517}, {702, 3.142, 0},
      {32, 1.02, 18849.23}, {31, 2.84, 5507.55}, {25, 1.32, 5223.69},
      {18, 1.42, 1577.34}, {10, 5.91, 10977.08}, {9, 1.42, 6275.96},
      {9, 0.27, 5486.78}
    },
    {
      {4359, 5.7846, 6283.0758}, {124, 5.579, 12566.152}, {12, 3.14, 0},
      {9, 3.63, 77713.77}, {6, 1.87, 5573.14}, {3, 5.47, 18849.23}
    },
    {{145, 4.273, 6283.076}, {7, 3.92, 12566.15}},
    {{4, 2.56, 6283.08}}
  };

  // Report Table A4.3: nutation multipliers Y0..Y4 and coefficients {a, b, c, d}.
  private static final int[][] Y_TERMS = {
    {0, 0, 0, 0, 1}, {-2, 0, 0, 2, 2}, {0, 0, 0, 2, 2}, {0, 0, 0, 0, 2}, {0, 1, 0, 0, 0},
    {0, 0, 1, 0, 0}, {-2, 1, 0, 2, 2}, {0, 0, 0, 2, 1}, {0, 0, 1, 2, 2}, {-2, -1, 0, 2, 2},
    {-2, 0, 1, 0, 0}, {-2, 0, 0, 2, 1}, {0, 0, -1, 2, 2}, {2, 0, 0, 0, 0}, {0, 0, 1, 0, 1},
    {2, 0, -1, 2, 2}, {0, 0, -1, 0, 1}, {0, 0, 1, 2, 1}, {-2, 0, 2, 0, 0}, {0, 0, -2, 2, 1},
    {2, 0, 0, 2, 2}, {0, 0, 2, 2, 2}, {0, 0, 2, 0, 0}, {-2, 0, 1, 2, 2}, {0, 0, 0, 2, 0},
    {-2, 0, 0, 2, 0}, {0, 0, -1, 2, 1}, {0, 2, 0, 0, 0}, {2, 0, -1, 0, 1}, {-2, 2, 0, 2, 2},
    {0, 1, 0, 0, 1}, {-2, 0, 1, 0, 1}, {0, -1, 0, 0, 1}, {0, 0, 2, -2, 0}, {2, 0, -1, 2, 1},
    {2, 0, 1, 2, 2}, {0, 1, 0, 2, 2}, {-2, 1, 1, 0, 0}, {0, -1, 0, 2, 2}, {2, 0, 0, 2, 1},
    {2, 0, 1, 0, 0}, {-2, 0, 2, 2, 2}, {-2, 0, 1, 2, 1}, {2, 0, -2, 0, 1}, {2, 0, 0, 0, 1},
    {0, -1, 1, 0, 0}, {-2, -1, 0, 2, 1}, {-2, 0, 0, 0, 1}, {0, 0, 2, 2, 1}, {-2, 0, 2, 0, 1},
    {-2, 1, 0, 2, 1}, {0, 0, 1, -2, 0}, {-1, 0, 1, 0, 0}, {-2, 1, 0, 0, 0}, {1, 0, 0, 0, 0},
    {0, 0, 1, 2, 0}, {0, 0, -2, 2, 2}, {-1, -1, 1, 0, 0}, {0, 1, 1, 0, 0}, {0, -1, 1, 2, 2},
    {2, -1, -1, 2, 2}, {0, 0, 3, 2, 2}, {2, -1, 0, 2, 2}
  };

  private static final double[][] PE_TERMS = {
    {-171996, -174.2, 92025, 8.9}, {-13187, -1.6, 5736, -3.1}, {-2274, -0.2, 977, -0.5},
    {2062, 0.2, -895, 0.5}, {1426, -3.4, 54, -0.1}, {712, 0.1, -7, 0},
    {-517, 1.2, 224, -0.6}, {-386, -0.4, 200, 0}, {-301, 0, 129, -0.1},
    {217, -0.5, -95, 0.3}, {-158, 0, 0, 0}, {129, 0.1, -70, 0},
    {123, 0, -53, 0}, {63, 0, 0, 0}, {63, 0.1, -33, 0},
    {-59, 0, 26, 0}, {-58, -0.1, 32, 0}, {-51, 0, 27, 0},
    {48, 0, 0, 0}, {46, 0, -24, 0}, {-38, 0, 16, 0},
    {-31, 0, 13, 0}, {29, 0, 0, 0}, {29, 0, -12, 0},
    {26, 0, 0, 0}, {-22, 0, 0, 0}, {21, 0, -10, 0},
    {17, -0.1, 0, 0}, {16, 0, -8, 0}, {-16, 0.1, 7, 0},
    {-15, 0, 9, 0}, {-13, 0, 7, 0}, {-12, 0, 6, 0},
    {11, 0, 0, 0}, {-10, 0, 5, 0}, {-8, 0, 3, 0},
    {7, 0, -3, 0}, {-7, 0, 0, 0}, {-7, 0, 3, 0},
    {-7, 0, 3, 0}, {6, 0, 0, 0}, {6, 0, -3, 0},
    {6, 0, -3, 0}, {-6, 0, 3, 0}, {-6, 0, 3, 0},
    {5, 0, 0, 0}, {-5, 0, 3, 0}, {-5, 0, 3, 0},
    {-5, 0, 3, 0}, {4, 0, 0, 0}, {4, 0, 0, 0},
    {4, 0, 0, 0}, {-4, 0, 0, 0}, {-4, 0, 0, 0},
    {-4, 0, 0, 0}, {3, 0, 0, 0}, {-3, 0, 0, 0},
    {-3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0},
    {-3, 0, 0, 0}, {-3, 0, 0, 0}, {-3, 0, 0, 0}
  };

  // The periodic terms of L_TERMS, B_TERMS and R_TERMS in one row each, for positions(): its
  // amplitude A, phase B and frequency C; group g (the table and power: L0..L5, B0..B1, R0..R4) is
  // the rows GROUP_START[g] until GROUP_START[g + 1].
  private static final int GROUPS = L_TERMS.length + B_TERMS.length + R_TERMS.length;
  private static final double[] TERM_A;
  private static final double[] TERM_B;
  private static final double[] TERM_C;
  private static final int[] GROUP_START;

  // The nutation terms' multipliers for positions(): entry k * 5 + j is j * 6 + (Yj + 2), the
  // place of exp(i Yj Xj) in the table of multiples -2..3 of each argument Xj.
  private static final int[] Y_INDEX;

  static {
    int count = 0;
    for (double[][][] table : new double[][][][] {L_TERMS, B_TERMS, R_TERMS}) {
      for (double[][] rows : table) {
        count += rows.length;
      }
    }
    TERM_A = new double[count];
    TERM_B = new double[count];
    TERM_C = new double[count];
    GROUP_START = new int[GROUPS + 1];
    int k = 0;
    int group = 0;
    for (double[][][] table : new double[][][][] {L_TERMS, B_TERMS, R_TERMS}) {
      for (double[][] rows : table) {
        for (double[] row : rows) {
          TERM_A[k] = row[0];
          TERM_B[k] = row[1];
          TERM_C[k] = row[2];
          k++;
        }
        group++;
        GROUP_START[group] = k;
      }
    }
    Y_INDEX = new int[Y_TERMS.length * 5];
    for (int t = 0; t < Y_TERMS.length; t++) {
      for (int j = 0; j < 5; j++) {
        int m = Y_TERMS[t][j];
        if (m < -2 || m > 3) {
          throw new ExceptionInInitializerError("nutation multiplier out of range: " + m);
        }
        Y_INDEX[t * 5 + j] = j * 6 + m + 2;
      }
    }
  }
}
