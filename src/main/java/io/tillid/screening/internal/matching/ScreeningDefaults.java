package io.tillid.screening.internal.matching;

/** Defaults of a screening when the caller does not say (the API's threshold and limit). */
public final class ScreeningDefaults {

  /** Matches below this score are not reported; chosen on the nomenklatura name pairs (README). */
  public static final double THRESHOLD = 0.825;
  public static final int LIMIT = 10;
  public static final int MAX_LIMIT = 100;

  private ScreeningDefaults() {}
}
