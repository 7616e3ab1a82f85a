package io.tillid.screening.internal.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A delimited file's header: finds fields by column name, so either of a format's layouts can be read. */
final class HeaderRow {

  private final Map<String, Integer> columns = new HashMap<>();
  private final int size;

  HeaderRow(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
    size = header.size();
  }

  int size() {
    return size;
  }

  boolean has(String column) {
    return columns.containsKey(column);
  }

  /** The field of that column in the row, cleaned; null when blank or when the layout has no such column. */
  String get(List<String> row, String column) {
    Integer index = columns.get(column);
    return index == null || index >= row.size() ? null : EntityBuilder.clean(row.get(index));
  }
}
