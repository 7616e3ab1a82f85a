package io.tillid.risk.internal.reference;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NACE Rev. 2 industry codes: a section letter ({@code K}), a division, group or class
 * ({@code 64}, {@code 64.1}, {@code 64.19}), or a six-digit national subclass ({@code 641900}, as
 * in Denmark's DB07). A code is known when its division exists.
 */
public final class IndustryCodes {

  private static final Pattern FORMAT = Pattern.compile("[A-U]|\\d{2}(\\.\\d{1,2})?|\\d{6}");

  /** The 88 divisions of NACE Rev. 2. */
  private static final Set<Integer> DIVISIONS = divisions(new int[][] {
      {1, 3}, {5, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47}, {49, 53}, {55, 56}, {58, 63}, {64, 66}, {68, 68},
      {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88}, {90, 93}, {94, 96}, {97, 98}, {99, 99}});

  private IndustryCodes() {}

  /** Whether the code is well formed and its division exists. */
  public static boolean isKnown(String code) {
    if (code == null || !FORMAT.matcher(code).matches()) {
      return false;
    }
    return Character.isLetter(code.charAt(0)) || DIVISIONS.contains(Integer.parseInt(code.substring(0, 2)));
  }

  /** Whether the code lies within one of the listed codes (a division covers its groups and classes). */
  public static boolean within(String code, Collection<String> listed) {
    if (code == null) {
      return false;
    }
    String digits = digits(code);
    for (String entry : listed) {
      String prefix = digits(entry);
      if (entry.equals(code) || !digits.isEmpty() && !prefix.isEmpty() && digits.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String digits(String code) {
    return code.replace(".", "").chars().allMatch(Character::isDigit) ? code.replace(".", "") : "";
  }

  private static Set<Integer> divisions(int[][] ranges) {
    java.util.Set<Integer> all = new java.util.TreeSet<>();
    for (int[] range : ranges) {
      for (int d = range[0]; d <= range[1]; d++) {
        all.add(d);
      }
    }
    return Set.copyOf(all);
  }
}
