package io.tillid.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.BadInputException;
import io.tillid.platform.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CustomerPatchTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Map<String, Object> changes(String json) {
    return CustomerPatch.changes(JSON.readTree(json));
  }

  private static CustomerInput person() {
    return new CustomerInput("person", "Karen Blixen", "1985-04-17", "DK", "DK", "170485-4321", "Rungsted",
        "savings", "salary", Boolean.FALSE, null, null, null, null, "general", null, "DK", "high", "remote");
  }

  @Test
  void membersReplaceNullRemovesAndAbsentFieldsStay() {
    CustomerInput edited = person().with(changes("{\"name\":\"Karen Dinesen\",\"sourceOfFunds\":null,"
        + "\"pepSelfDeclared\":true,\"channel\":\"remote_eid\"}"));
    assertThat(edited.name()).isEqualTo("Karen Dinesen");
    assertThat(edited.sourceOfFunds()).isNull();
    assertThat(edited.pepSelfDeclared()).isTrue();
    assertThat(edited.nationalId()).isEqualTo("170485-4321");
    assertThat(edited.channel()).isEqualTo("remote_eid");
    assertThat(edited.product()).isEqualTo("high");
    assertThat(edited.fields()).hasSize(19);
    assertThat(CustomerInput.of(edited.validate(java.time.LocalDate.of(2026, 1, 1))).fields())
        .isEqualTo(edited.fields());
  }

  @Test
  void unknownFieldsWrongTypesAndTheMaskAreRefusedByName() {
    assertThatThrownBy(() -> changes("{\"createdAt\":\"2020-01-01\"}")).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("'createdAt'");
    assertThatThrownBy(() -> changes("{\"<script>\":1}")).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("'(unknown)'").hasMessageNotContaining("script");
    assertThatThrownBy(() -> changes("{\"name\":42}")).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("'name'");
    assertThatThrownBy(() -> changes("{\"pepSelfDeclared\":\"true\"}")).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("'pepSelfDeclared'");
    assertThatThrownBy(() -> changes("{\"nationalId\":\"********\"}"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.rule()).isEqualTo("masked"));
    assertThatThrownBy(() -> changes("[]")).isInstanceOf(BadInputException.class);
  }
}
