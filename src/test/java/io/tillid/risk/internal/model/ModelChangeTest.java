package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.platform.InvalidFieldException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelChangeTest {

  static Map<String, String> typedDefaults() {
    Map<String, String> typed = new HashMap<>();
    for (Parameter p : Parameter.values()) {
      typed.put(p.key(), p.format(p.defaultValue()));
    }
    typed.put(ModelChange.INDUSTRIES, "92, 64.99 66.12,66.19,46.72,47.77,68,25.4,45.1,56.3");
    return typed;
  }

  static InvalidFieldException refusal(Map<String, String> typed) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ModelChange.parse(RiskModel.DEFAULT, typed));
    assertThat(thrown).isInstanceOf(InvalidFieldException.class);
    return (InvalidFieldException) thrown;
  }

  @Test
  void theDefaultsTypedBackAreTheSameRulesInTheNextVersion() {
    RiskModel next = ModelChange.parse(RiskModel.DEFAULT, typedDefaults());
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.sameRulesAs(RiskModel.DEFAULT)).isTrue();
    assertThat(Parameter.BASEL_MEDIUM_FROM.format(50)).isEqualTo("5.0");
  }

  @Test
  void changedValuesMakeADifferentModel() {
    Map<String, String> typed = typedDefaults();
    typed.put("pepPoints", "40");
    typed.put("baselHighFrom", "7.5");
    typed.put(ModelChange.INDUSTRIES, "92 , 68");
    RiskModel next = ModelChange.parse(RiskModel.DEFAULT, typed);
    assertThat(next.value(Parameter.PEP_POINTS)).isEqualTo(40);
    assertThat(next.value(Parameter.BASEL_HIGH_FROM)).isEqualTo(75);
    assertThat(next.highRiskIndustries()).containsExactlyInAnyOrder("92", "68");
    assertThat(next.sameRulesAs(RiskModel.DEFAULT)).isFalse();
  }

  @Test
  void eachRefusalNamesTheFieldAndTheRule() {
    record Case(String field, String value, String rule) {}
    for (Case c : new Case[] {new Case("pepPoints", "", "required"), new Case("pepPoints", "abc", "number"),
        new Case("pepPoints", "101", "range"), new Case("pepPoints", "-1", "range"),
        new Case("pepPoints", "2.5", "whole"), new Case("baselMediumFrom", "5.25", "decimals"),
        new Case("baselHighFrom", "10.1", "range"), new Case("highReviewMonths", "0", "range"),
        new Case("mediumFrom", "1e9", "whole"), new Case("mediumFrom", "12345678901234", "number"),
        new Case("highFrom", "20", "above"), new Case("baselHighFrom", "5.0", "above"),
        new Case("mediumReviewMonths", "6", "not-below"), new Case("lowReviewMonths", "12", "not-below"),
        new Case(ModelChange.INDUSTRIES, "92, 04", "industry"), new Case(ModelChange.INDUSTRIES, "<b>", "industry")}) {
      Map<String, String> typed = typedDefaults();
      typed.put(c.field(), c.value());
      InvalidFieldException refused = refusal(typed);
      assertThat(refused.field()).as(c.toString()).isEqualTo(c.field());
      assertThat(refused.rule()).as(c.toString()).isEqualTo(c.rule());
      assertThat(refused.getMessage()).contains("'" + c.field() + "'");
    }
  }

  @Test
  void aMissingParameterIsRequired() {
    Map<String, String> typed = typedDefaults();
    typed.remove("companyPoints");
    assertThat(refusal(typed).field()).isEqualTo("companyPoints");
  }

  @Test
  void atMostAHundredIndustries() {
    Map<String, String> typed = typedDefaults();
    StringBuilder many = new StringBuilder();
    for (int division = 10; division <= 33; division++) {
      for (int group = 1; group <= 5; group++) {
        many.append(division).append('.').append(group).append(',');
      }
    }
    typed.put(ModelChange.INDUSTRIES, many.toString());
    assertThatThrownBy(() -> ModelChange.parse(RiskModel.DEFAULT, typed)).isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).rule()).isEqualTo("too-many");
  }

  @Test
  void anEmptyIndustryListIsAllowed() {
    Map<String, String> typed = typedDefaults();
    typed.put(ModelChange.INDUSTRIES, " ");
    assertThat(ModelChange.parse(RiskModel.DEFAULT, typed).highRiskIndustries()).isEmpty();
  }
}
