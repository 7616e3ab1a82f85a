package io.tillid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.platform.BadInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantInputTest {

  @Test
  void valuesAreSplitNormalisedAndChecked() {
    Grants grants = GrantInput.parse(Map.of(GrantDimension.BUSINESS_UNIT, " Retail, corporate ",
        GrantDimension.SENSITIVITY, "", GrantDimension.JURISDICTION, "dk se *"));
    assertThat(grants.businessUnits()).containsExactlyInAnyOrder("retail", "corporate");
    assertThat(grants.sensitivities()).isEmpty();
    assertThat(grants.jurisdictions()).containsExactlyInAnyOrder("DK", "SE", "*");
    assertThat(GrantInput.text(Set.of("b", "a"))).isEqualTo("a,b");
  }

  @Test
  void aValueNotOfItsDimensionIsRefusedNamingTheDimensionOnly() {
    assertThatThrownBy(() -> GrantInput.parse(Map.of(GrantDimension.JURISDICTION, "DK, Danmark")))
        .isInstanceOf(BadInputException.class).hasMessage("grants.error.jurisdiction");
    assertThatThrownBy(() -> GrantInput.parse(Map.of(GrantDimension.SENSITIVITY, "p%p")))
        .isInstanceOf(BadInputException.class).hasMessage("grants.error.sensitivity");
  }
}
