package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * Reads a delimited list file with a header row into entities: the header must have the required
 * columns, every row as many fields as the header, every entry a name; errors name the line.
 */
final class HeaderedRows {

  /** Makes one entry of a row. */
  interface RowMapper {
    EntityBuilder toEntity(HeaderRow header, List<String> row);
  }

  private HeaderedRows() {}

  static void read(Reader in, String file, char separator, List<String> required, RowMapper mapper, EntityCollector into)
      throws IOException, ListFormatException {
    CsvReader rows = new CsvReader(in, separator, file);
    List<String> first = rows.next();
    HeaderRow header = new HeaderRow(first == null ? List.of() : first);
    for (String column : required) {
      if (!header.has(column)) {
        throw new ListFormatException(file + " line 1", "the header has no column " + column);
      }
    }
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new ListFormatException(rows.position(), "expected " + header.size() + " fields, found " + row.size());
      }
      EntityBuilder entity = mapper.toEntity(header, row);
      if (!entity.hasName()) {
        throw new ListFormatException(rows.position(), "the entry has no name");
      }
      into.add(entity.build());
    }
  }
}
