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

  /** Takes one row; {@code position} names its line for errors. */
  interface RowConsumer {
    void accept(HeaderRow header, List<String> row, String position) throws ListFormatException;
  }

  private HeaderedRows() {}

  static void read(Reader in, String file, char separator, List<String> required, RowMapper mapper, EntityCollector into)
      throws IOException, ListFormatException {
    forEachRow(in, file, separator, required, false, (header, row, position) -> {
      EntityBuilder entity = mapper.toEntity(header, row);
      if (!entity.hasName()) {
        throw new ListFormatException(position, "the entry has no name");
      }
      into.add(entity.build());
    });
  }

  /**
   * Checks the header and hands over every non-blank row of the header's width.
   *
   * @param preamble whether a first line that lacks the first required column (a title such as
   *     {@code Report Date: ...}) comes before the header
   */
  static void forEachRow(Reader in, String file, char separator, List<String> required, boolean preamble,
      RowConsumer consumer) throws IOException, ListFormatException {
    CsvReader rows = new CsvReader(in, separator, file);
    List<String> first = rows.next();
    if (preamble && first != null && !new HeaderRow(first).has(required.get(0))) {
      first = rows.next();
    }
    HeaderRow header = new HeaderRow(first == null ? List.of() : first);
    for (String column : required) {
      if (!header.has(column)) {
        throw new ListFormatException(first == null ? file + " line 1" : rows.position(),
            "the header has no column " + column);
      }
    }
    for (List<String> row = rows.next(); row != null; row = rows.next()) {
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw new ListFormatException(rows.position(), "expected " + header.size() + " fields, found " + row.size());
      }
      consumer.accept(header, row, rows.position());
    }
  }
}
