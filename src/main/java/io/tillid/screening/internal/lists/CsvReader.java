package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited records (comma or tab; fields optionally in double quotes, {@code ""} for a
 * quote, line breaks allowed inside quotes) and keeps the line each record starts on, so errors
 * can name it. A quoted field still open at the end of the file means the file was cut short.
 */
final class CsvReader {

  private final Reader in;
  private final char separator;
  private final String file;
  private int line = 1;
  private int recordLine;
  private int pending = -2;

  CsvReader(Reader in, char separator, String file) {
    this.in = in;
    this.separator = separator;
    this.file = file;
  }

  /** Where the record last returned starts: {@code FILE line N}. */
  String position() {
    return file + " line " + recordLine;
  }

  /** The next record's fields, or null at the end of the file. */
  List<String> next() throws IOException, ListFormatException {
    int c = read();
    if (c == '\uFEFF' && line == 1) {
      c = read();
    }
    if (c == -1) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    while (true) {
      if (inQuotes) {
        if (c == -1) {
          throw new ListFormatException(position(), "a quoted field is not closed before the end of the file");
        }
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            inQuotes = false;
            c = after;
            continue;
          }
        } else {
          countLine(c);
          field.append((char) c);
        }
      } else if (c == -1 || c == '\n' || c == '\r') {
        fields.add(field.toString());
        if (c == '\r') {
          int after = read();
          if (after != '\n') {
            unread(after);
          }
        }
        if (c != -1) {
          line++;
        }
        return fields;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        quoted = false;
      } else if (c == '"' && field.length() == 0 && !quoted) {
        inQuotes = true;
        quoted = true;
      } else {
        field.append((char) c);
      }
      c = read();
    }
  }

  private void countLine(int c) {
    if (c == '\n') {
      line++;
    }
  }

  private int read() throws IOException {
    if (pending != -2) {
      int c = pending;
      pending = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pending = c;
  }
}
