package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/** Where the Danish PEP list's columns are, from its header row. */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case mapping only matches fixed ASCII keywords of the list format; nothing security-relevant is decided by it.")
record PepColumns(int lastName, int firstName, int birthDate) {

  /** The columns if {@code row} is the header row, else null. */
  static PepColumns find(Row row, DataFormatter format) {
    int last = -1;
    int first = -1;
    int birth = -1;
    for (Cell cell : row) {
      String title = EntityBuilder.clean(format.formatCellValue(cell));
      String key = title == null ? "" : title.toLowerCase(Locale.ROOT);
      if (key.equals("efternavn") || key.equals("navn")) {
        last = cell.getColumnIndex();
      } else if (key.equals("fornavn")) {
        first = cell.getColumnIndex();
      } else if (key.startsWith("fødselsdato")) {
        birth = cell.getColumnIndex();
      }
    }
    return last >= 0 && first >= 0 ? new PepColumns(last, first, birth) : null;
  }

  /** A category heading: the first cell filled, every other empty. */
  boolean onlyFirstFilled(Row row, DataFormatter format) {
    for (Cell cell : row) {
      if (cell.getColumnIndex() > 0 && EntityBuilder.clean(format.formatCellValue(cell)) != null) {
        return false;
      }
    }
    return true;
  }
}
