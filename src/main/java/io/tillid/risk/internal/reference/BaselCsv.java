package io.tillid.risk.internal.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the Basel AML Index (Expert Edition) CSV with its list flags (see risk/country-risk/SOURCE.md). */
final class BaselCsv {

  private BaselCsv() {}

  static List<CountryRisk> read(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null) {
      throw new IOException("empty country risk table");
    }
    Map<String, Integer> columns = columns(Csv.split(header.replace("\uFEFF", "")));
    List<CountryRisk> rows = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = Csv.split(line);
      String code = cell(cells, columns, "iso2");
      if (code.isEmpty() || "NULL".equals(code)) {
        continue;
      }
      rows.add(new CountryRisk(code, score(cell(cells, columns, "score")), flag(cells, columns, "fatf_black"),
          flag(cells, columns, "fatf_grey"), flag(cells, columns, "eu_high_risk")));
    }
    return rows;
  }

  private static Map<String, Integer> columns(List<String> header) throws IOException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("iso2", "score", "fatf_black", "fatf_grey", "eu_high_risk")) {
      if (!columns.containsKey(required)) {
        throw new IOException("country risk table lacks the column " + required);
      }
    }
    return columns;
  }

  private static Double score(String cell) {
    String value = cell;
    return value.isEmpty() || "NULL".equals(value) ? null : Double.valueOf(value);
  }

  private static boolean flag(List<String> cells, Map<String, Integer> columns, String column) {
    return "yes".equals(cell(cells, columns, column));
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
    int index = columns.get(column);
    return index < cells.size() ? cells.get(index).strip() : "";
  }
}
