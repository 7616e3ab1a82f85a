package io.tillid.risk.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Every dated version of the country risk table, queryable by date: the table in force on a day is
 * the newest one whose "as of" date is not after it.
 */
public final class CountryRiskTables {

  static final String FOLDER = "/risk/country-risk/";

  private final List<CountryRiskTable> tables;

  public CountryRiskTables(List<CountryRiskTable> tables) {
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("no country risk table");
    }
    this.tables = List.copyOf(tables.stream().sorted(Comparator.comparing(CountryRiskTable::asOf)).toList());
  }

  /** The tables shipped in {@code risk/country-risk/} (listed in its {@code tables.properties}). */
  public static CountryRiskTables shipped() {
    Properties index = new Properties();
    try (InputStream in = resource("tables.properties")) {
      index.load(in);
      List<CountryRiskTable> tables = new ArrayList<>();
      for (String date : index.stringPropertyNames()) {
        String file = index.getProperty(date).strip();
        try (InputStream csv = resource(file)) {
          tables.add(new CountryRiskTable(LocalDate.parse(date.strip()), file, BaselCsv.read(csv)));
        }
      }
      return new CountryRiskTables(tables);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped country risk tables", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = CountryRiskTables.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IOException("missing resource " + FOLDER + name);
    }
    return in;
  }

  /** The table in force on the day, if any table is as old as that. */
  public Optional<CountryRiskTable> effectiveOn(LocalDate day) {
    CountryRiskTable found = null;
    for (CountryRiskTable table : tables) {
      if (!table.asOf().isAfter(day)) {
        found = table;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The newest table. */
  public CountryRiskTable latest() {
    return tables.get(tables.size() - 1);
  }

  /** The table of exactly this "as of" date, to explain an assessment that used it. */
  public Optional<CountryRiskTable> asOf(LocalDate date) {
    return tables.stream().filter(t -> t.asOf().equals(date)).findFirst();
  }

  public List<CountryRiskTable> all() {
    return tables;
  }
}
