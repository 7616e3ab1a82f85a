package io.tillid.risk.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryRiskTablesTest {

  static final CountryRiskTables SHIPPED = CountryRiskTables.shipped();
  static final LocalDate AS_OF = LocalDate.of(2025, 8, 19);

  @Test
  void theShippedTableIsDatedAndRatesEveryJurisdictionOfTheFile() {
    CountryRiskTable table = SHIPPED.latest();
    assertThat(table.asOf()).isEqualTo(AS_OF);
    assertThat(table.source()).isEqualTo("basel-aml-index-2025-08-19.csv");
    assertThat(table.size()).isEqualTo(203);
    assertThat(table.of("DK")).get().extracting(CountryRisk::baselScore).isEqualTo(3.51);
    assertThat(table.of("KP")).get().satisfies(kp -> assertThat(kp.fatfBlack()).isTrue());
    assertThat(table.of("HK")).get().extracting(CountryRisk::baselScore).isEqualTo(5.37);
  }

  @Test
  void fatfBlackListIsIranNorthKoreaAndMyanmar() {
    assertThat(SHIPPED.latest().fatfBlackList()).containsExactlyInAnyOrder("IR", "KP", "MM");
  }

  @Test
  void fatfGreyListIsTheTwentyFourOfJune2025() {
    assertThat(SHIPPED.latest().fatfGreyList()).containsExactlyInAnyOrder("AO", "BF", "BG", "BO", "CD", "CI", "CM",
        "DZ", "HT", "KE", "LA", "LB", "MC", "MZ", "NA", "NG", "NP", "SS", "SY", "VE", "VG", "VN", "YE", "ZA");
  }

  @Test
  void euHighRiskListHasTheTwentySixOfBeforeJune2025() {
    assertThat(SHIPPED.latest().euHighRiskList()).hasSize(26).contains("AE", "PA", "PH", "BB", "JM", "UG", "TT");
  }

  @Test
  void theTableInForceOnADayIsTheNewestNotAfterIt() {
    CountryRiskTable older = new CountryRiskTable(LocalDate.of(2024, 1, 1), "old", List.of());
    CountryRiskTables tables = new CountryRiskTables(List.of(SHIPPED.latest(), older));
    assertThat(tables.effectiveOn(LocalDate.of(2023, 12, 31))).isEmpty();
    assertThat(tables.effectiveOn(LocalDate.of(2024, 1, 1))).containsSame(older);
    assertThat(tables.effectiveOn(AS_OF.minusDays(1))).containsSame(older);
    assertThat(tables.effectiveOn(AS_OF)).containsSame(SHIPPED.latest());
    assertThat(tables.effectiveOn(LocalDate.of(2030, 1, 1))).containsSame(SHIPPED.latest());
    assertThat(tables.asOf(LocalDate.of(2024, 1, 1))).containsSame(older);
    assertThat(tables.latest()).isSameAs(SHIPPED.latest());
    assertThatThrownBy(() -> new CountryRiskTables(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knownCountriesAreIsoCodesAndRatedCodes() {
    CountryRiskTable table = SHIPPED.latest();
    assertThat(table.isKnown("XK")).isTrue();
    assertThat(table.isKnown("GL")).isTrue();
    assertThat(table.of("GL")).isEmpty();
    assertThat(table.isKnown("ZZ")).isFalse();
    assertThat(table.isKnown("dk")).isFalse();
    assertThat(table.isKnown(null)).isFalse();
  }

  @Test
  void readsQuotedCellsEmptyScoresAndSkipsTheNullRow() throws Exception {
    String csv = "\uFEFFcountry,ISO2,score,fatf_grey,fatf_black,eu_high_risk\n"
        + "\"Korea, North\",KP,7.66,,yes,yes\n"
        + "Nowhere,NW,,yes,,\n"
        + "\n"
        + ",NULL,NULL,NULL,NULL,NULL\n";
    List<CountryRisk> rows = BaselCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(rows).containsExactly(new CountryRisk("KP", 7.66, true, false, true),
        new CountryRisk("NW", null, false, true, false));
  }

  @Test
  void aTableWithoutTheFlagColumnsIsRefused() {
    assertThatThrownBy(() -> BaselCsv.read(new ByteArrayInputStream("country,ISO2,score\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("fatf_black");
  }

  @Test
  void csvSplitsOnCommasOutsideQuotes() {
    assertThat(Csv.split("a,\"b, c\",\"d \"\"e\"\"\",")).containsExactly("a", "b, c", "d \"e\"", "");
    assertThat(Set.copyOf(Csv.split("x"))).containsExactly("x");
  }
}
