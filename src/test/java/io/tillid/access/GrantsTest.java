package io.tillid.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantsTest {

  private static final DatasetAttributes RETAIL_DK = new DatasetAttributes("retail", null, "DK");
  private static final DatasetAttributes RETAIL_DK_PEP = new DatasetAttributes("retail", "pep", "DK");
  private static final DatasetAttributes CORPORATE_SE = new DatasetAttributes("corporate", null, "se");

  private final AttributeGrants service = principal -> Grants.none();

  private static Grants grants(Set<String> units, Set<String> sensitivities, Set<String> jurisdictions) {
    return new Grants(units, sensitivities, jurisdictions);
  }

  @Test
  void noGrantsPermitNothing() {
    assertThat(Grants.none().permits(RETAIL_DK)).isFalse();
    assertThat(service.permits(Grants.none(), RETAIL_DK)).isFalse();
  }

  @Test
  void ordinaryDataNeedsBusinessUnitAndJurisdictionButNoSensitivity() {
    Grants retailDk = grants(Set.of("retail"), Set.of(), Set.of("DK"));
    assertThat(retailDk.permits(RETAIL_DK)).isTrue();
    assertThat(retailDk.permits(RETAIL_DK_PEP)).as("sensitive data needs its sensitivity").isFalse();
    assertThat(retailDk.permits(CORPORATE_SE)).isFalse();
    assertThat(grants(Set.of("retail"), Set.of(), Set.of("SE")).permits(RETAIL_DK)).as("jurisdiction").isFalse();
    assertThat(grants(Set.of("corporate"), Set.of(), Set.of("DK")).permits(RETAIL_DK)).as("business unit").isFalse();
  }

  @Test
  void sensitiveDataNeedsItsSensitivity() {
    assertThat(grants(Set.of("retail"), Set.of("pep"), Set.of("DK")).permits(RETAIL_DK_PEP)).isTrue();
    assertThat(grants(Set.of("retail"), Set.of("restricted"), Set.of("DK")).permits(RETAIL_DK_PEP)).isFalse();
    assertThat(grants(Set.of("retail"), Set.of("*"), Set.of("DK")).permits(RETAIL_DK_PEP)).isTrue();
  }

  @Test
  void aStarGrantsEveryValueOfItsDimensionOnly() {
    Grants everything = grants(Set.of("*"), Set.of("*"), Set.of("*"));
    assertThat(everything.permits(RETAIL_DK)).isTrue();
    assertThat(everything.permits(RETAIL_DK_PEP)).isTrue();
    assertThat(everything.permits(CORPORATE_SE)).isTrue();
    assertThat(grants(Set.of("*"), Set.of(), Set.of()).permits(RETAIL_DK)).as("no jurisdiction").isFalse();
    assertThat(grants(Set.of("*"), Set.of(), Set.of("*")).permits(RETAIL_DK_PEP)).as("no sensitivity").isFalse();
  }

  @Test
  void attributesAreValidatedAndJurisdictionsUpperCased() {
    assertThat(CORPORATE_SE.jurisdiction()).isEqualTo("SE");
    assertThatThrownBy(() -> new DatasetAttributes("retail", null, "XX")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatasetAttributes("Retail Unit", null, "DK")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DatasetAttributes("retail", "'; drop", "DK")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSqlFilterCarriesValuesAsParametersOnly() {
    SqlPredicate predicate = service.filter(grants(Set.of("retail"), Set.of("pep"), Set.of("*")),
        DatasetColumns.DEFAULT.qualified("c"));
    assertThat(predicate.sql()).isEqualTo("(c.business_unit in (:grants_business_units) and "
        + "(c.sensitivity is null or c.sensitivity in (:grants_sensitivities)) and 1 = 1)");
    assertThat(predicate.sql()).doesNotContain("retail", "pep");
    assertThat(predicate.parameters()).containsOnlyKeys("grants_business_units", "grants_sensitivities");

    SqlPredicate nothing = service.filter(Grants.none(), DatasetColumns.DEFAULT);
    assertThat(nothing.sql()).isEqualTo("(1 = 0 and (sensitivity is null or 1 = 0) and 1 = 0)");
    assertThat(nothing.parameters()).isEmpty();
  }

  @Test
  void columnNamesMustBePlainIdentifiers() {
    assertThatThrownBy(() -> new DatasetColumns("bu; drop table x", "s", "j")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetColumns.DEFAULT.qualified("c or 1=1")).isInstanceOf(IllegalArgumentException.class);
  }
}
