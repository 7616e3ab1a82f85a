package io.tillid.risk.internal.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One dated version of the country risk table. */
public final class CountryRiskTable {

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private final LocalDate asOf;
  private final String source;
  private final Map<String, CountryRisk> byCode;

  public CountryRiskTable(LocalDate asOf, String source, List<CountryRisk> rows) {
    this.asOf = asOf;
    this.source = source;
    this.byCode = rows.stream().collect(Collectors.toUnmodifiableMap(CountryRisk::code, Function.identity()));
  }

  /** The date the table describes the world as of; assessments record it. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The file it was read from. */
  public String source() {
    return source;
  }

  /** The jurisdiction's row, if the table rates it. */
  public Optional<CountryRisk> of(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Whether the code names a country: an ISO 3166-1 alpha-2 code, or one the table rates (such as XK). */
  public boolean isKnown(String code) {
    return code != null && (ISO_COUNTRIES.contains(code) || byCode.containsKey(code));
  }

  public Set<String> fatfBlackList() {
    return codes(CountryRisk::fatfBlack);
  }

  public Set<String> fatfGreyList() {
    return codes(CountryRisk::fatfGrey);
  }

  public Set<String> euHighRiskList() {
    return codes(CountryRisk::euHighRisk);
  }

  public int size() {
    return byCode.size();
  }

  private Set<String> codes(Predicate<CountryRisk> listed) {
    return byCode.values().stream().filter(listed).map(CountryRisk::code).collect(Collectors.toCollection(TreeSet::new));
  }
}
