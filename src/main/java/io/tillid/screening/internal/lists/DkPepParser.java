package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Danish FSA (Finanstilsynet) PEP list, XLSX: sheets {@code Nuværende PEP'ere} (current, topic
 * {@code role.pep}) and {@code Tidligere PEP'ere} (former, {@code role.pep.former}), a header row
 * with {@code Efternavn} (or {@code Navn}), {@code Fornavn}, {@code Stillingsbetegnelse} (or
 * {@code Stilling}) and {@code Fødselsdato} (dd.mm.yyyy). A row with only its first cell filled is a
 * category heading (such as {@code Medlemmer af Folketinget}) for the rows below; it is kept as a
 * topic too. The list gives no ids: an entry's id is a hash of its name and birth date.
 */
public final class DkPepParser implements ListParser {

  static final String CURRENT = "Nuværende PEP'ere";
  static final String FORMER = "Tidligere PEP'ere";
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

  @Override
  public String source() {
    return "dk-pep";
  }

  @Override
  public String list() {
    return "dk-pep";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    String name = FileNames.of(file);
    EntityCollector entities = new EntityCollector(progress);
    try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
      Sheet current = workbook.getSheet(CURRENT);
      if (current == null) {
        throw new ListFormatException(name, "has no sheet named " + CURRENT);
      }
      readSheet(name, current, "role.pep", entities);
      Sheet former = workbook.getSheet(FORMER);
      if (former != null) {
        readSheet(name, former, "role.pep.former", entities);
      }
    } catch (IOException | RuntimeException e) {
      throw new ListFormatException(name, "is not a readable XLSX workbook");
    }
    return ParsedList.full(entities.finish(), List.of());
  }

  private void readSheet(String file, Sheet sheet, String topic, EntityCollector entities) throws ListFormatException {
    DataFormatter format = new DataFormatter(Locale.ROOT);
    PepColumns columns = null;
    String category = null;
    for (Row row : sheet) {
      String position = file + " sheet '" + sheet.getSheetName() + "' row " + (row.getRowNum() + 1);
      if (columns == null) {
        columns = PepColumns.find(row, format);
        continue;
      }
      String first = text(row, 0, format);
      if (first != null && columns.onlyFirstFilled(row, format)) {
        category = first;
        continue;
      }
      String given = text(row, columns.firstName(), format);
      String family = text(row, columns.lastName(), format);
      if (given == null && family == null) {
        continue;
      }
      String fullName = given == null ? family : family == null ? given : given + " " + family;
      PartialDate birth = columns.birthDate() < 0 ? null : birthDate(row.getCell(columns.birthDate()), format, position);
      EntityBuilder entity = new EntityBuilder(list(), StableId.of("dk-", fullName, birth == null ? "" : birth.toString()))
          .type(EntityType.PERSON).name(fullName, false).birthDate(birth).country("DK").program(topic).program(category);
      entities.add(entity.build());
    }
    if (columns == null) {
      throw new ListFormatException(file + " sheet '" + sheet.getSheetName() + "'", "has no header row with Fornavn");
    }
  }

  private static PartialDate birthDate(Cell cell, DataFormatter format, String position) throws ListFormatException {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
      return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
    String text = EntityBuilder.clean(format.formatCellValue(cell));
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text, DANISH_DATE);
      return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new ListFormatException(position, "the birth date is not dd.mm.yyyy");
    }
  }

  static String text(Row row, int column, DataFormatter format) {
    Cell cell = column < 0 ? null : row.getCell(column);
    return cell == null ? null : EntityBuilder.clean(format.formatCellValue(cell));
  }
}
