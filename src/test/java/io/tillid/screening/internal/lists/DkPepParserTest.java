package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No copy of the Danish FSA's list is public in a repository, so the fixture is made here in the
 * layout SOURCES.md describes (from OpenSanctions' crawler): a title row, the header, category headings.
 */
class DkPepParserTest {

  private final DkPepParser parser = new DkPepParser();

  static Path workbook(Path file) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet current = book.createSheet(DkPepParser.CURRENT);
      row(current, 0, "PEP-liste, Finanstilsynet");
      row(current, 2, "Efternavn", "Fornavn", "Stillingsbetegnelse", "Fødselsdato", "Tilføjet på PEP-listen (dato)",
          "Ny på PEP-listen (x)");
      row(current, 3, "Medlemmer af Folketinget");
      row(current, 4, "Jensen", "Anne Marie", "Medlem af Folketinget", "01.02.1970", "01.07.2019", "");
      row(current, 5, "Hansen", "Peter", "Medlem af Folketinget", "15.11.1965", "01.07.2019", "x");
      row(current, 6, "Dommere ved Højesteret");
      row(current, 7, "Nielsen", "Søren", "Højesteretsdommer", "", "01.07.2019", "");
      row(current, 8, "Jensen", "Anne Marie", "Formand for udvalg", "01.02.1970", "01.07.2020", "");
      Sheet former = book.createSheet(DkPepParser.FORMER);
      row(former, 0, "Navn", "Fornavn", "Stilling", "Fødselsdato", "Fjernet fra PEP-listen (dato)");
      row(former, 1, "Larsen", "Ida", "Tidligere minister", "03.04.1950", "01.01.2021");
      book.write(out);
    }
    return file;
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      if (!cells[i].isEmpty()) {
        row.createCell(i).setCellValue(cells[i]);
      }
    }
  }

  @Test
  void readsCurrentAndFormerPepsWithTheirCategory(@TempDir Path temp) throws Exception {
    ParsedList list = parser.parse(workbook(temp.resolve("pep.xlsx")), ParseProgress.NONE);

    assertThat(list.entities()).hasSize(4).allMatch(e -> e.type() == EntityType.PERSON && e.countries().equals(java.util.Set.of("DK")));
    WatchlistEntity jensen = list.entities().get(0);
    assertThat(jensen.primaryName()).isEqualTo("Anne Marie Jensen");
    assertThat(jensen.birthDates()).containsExactly(PartialDate.parse("1970-02-01"));
    // listed twice (two positions): one entry with both categories
    assertThat(jensen.programs()).containsExactlyInAnyOrder("role.pep", "Medlemmer af Folketinget", "Dommere ved Højesteret");
    WatchlistEntity nielsen = list.entities().get(2);
    assertThat(nielsen.primaryName()).isEqualTo("Søren Nielsen");
    assertThat(nielsen.birthDates()).isEmpty();
    assertThat(nielsen.programs()).containsExactlyInAnyOrder("role.pep", "Dommere ved Højesteret");
    assertThat(list.entities().get(3).programs()).containsExactly("role.pep.former");
  }

  @Test
  void aBadBirthDateIsNamedBySheetAndRow(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("bad.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet current = book.createSheet(DkPepParser.CURRENT);
      row(current, 0, "Efternavn", "Fornavn", "Stillingsbetegnelse", "Fødselsdato");
      row(current, 1, "Jensen", "Anne", "Minister", "1970-99-99");
      book.write(out);
    }

    assertThatThrownBy(() -> parser.parse(file, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("bad.xlsx sheet 'Nuværende PEP'ere' row 2: the birth date is not dd.mm.yyyy");
  }

  @Test
  void aFileThatIsNoWorkbookOrLacksTheSheetFails(@TempDir Path temp) throws Exception {
    Path text = Files.writeString(temp.resolve("pep.xlsx"), "not a workbook");
    Path other = temp.resolve("other.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
      book.createSheet("Ark1");
      book.write(out);
    }

    assertThatThrownBy(() -> parser.parse(text, ParseProgress.NONE)).hasMessage("pep.xlsx: is not a readable XLSX workbook");
    assertThatThrownBy(() -> parser.parse(other, ParseProgress.NONE))
        .hasMessage("other.xlsx: has no sheet named Nuværende PEP'ere");
  }
}
