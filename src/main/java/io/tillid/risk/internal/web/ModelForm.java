package io.tillid.risk.internal.web;

import io.tillid.risk.internal.model.ModelChange;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The settings form's fields by section, with the values to show (stored, or as typed after a refusal). */
record ModelForm(List<Field> fields, String industries) {

  /** One input: the parameter's key, the value to show, its range and step. */
  record Field(String key, String group, String value, String min, String max, String step) {}

  static ModelForm of(RiskModel model) {
    List<Field> fields = new ArrayList<>();
    for (Parameter p : Parameter.values()) {
      fields.add(field(p, p.format(model.value(p))));
    }
    return new ModelForm(fields, RiskModelController.industries(model));
  }

  static ModelForm typed(Map<String, String> typed) {
    List<Field> fields = new ArrayList<>();
    for (Parameter p : Parameter.values()) {
      fields.add(field(p, typed.getOrDefault(p.key(), "")));
    }
    return new ModelForm(fields, typed.getOrDefault(ModelChange.INDUSTRIES, ""));
  }

  /** The fields of one section of the page. */
  public List<Field> in(Parameter.Group group) {
    return fields.stream().filter(f -> f.group().equals(group.name())).toList();
  }

  private static Field field(Parameter p, String value) {
    return new Field(p.key(), p.group().name(), value, p.format(p.min()), p.format(p.max()),
        p.decimals() == 0 ? "1" : "0.1");
  }
}
