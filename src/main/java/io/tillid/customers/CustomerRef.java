package io.tillid.customers;

import io.tillid.access.DatasetAttributes;
import java.util.UUID;

/**
 * What other modules know of a customer: its id, type ({@code person} or {@code company}), name and
 * dataset attributes (which objects about the customer, such as its cases, inherit).
 */
public record CustomerRef(UUID id, String type, String name, DatasetAttributes attributes) {

  @Override
  public String toString() {
    return "CustomerRef[" + id + "]";
  }
}
