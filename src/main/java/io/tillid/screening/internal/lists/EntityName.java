package io.tillid.screening.internal.lists;

import java.util.Objects;

/**
 * One name of a listed entity as the list writes it. {@code weak} marks names the list itself calls
 * weak or low quality (OFAC "weak" a.k.a., UN "Low" alias), which count for less in a match.
 */
public record EntityName(String value, boolean weak) {

  public EntityName {
    Objects.requireNonNull(value, "value");
  }
}
