package io.tillid.screening.internal.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The US BIS Denied Persons List: tab-separated, quoted, with a header row ({@code Name},
 * {@code Street_Address}, {@code City}, {@code State}, {@code Country}, ..., {@code Effective_Date}).
 * The list gives no ids; an entry's id is a hash of its name, street, city, country and effective date.
 * Whether a name is a person's or a firm's the list does not say.
 */
public final class BisDplParser implements ListParser {

  @Override
  public String source() {
    return "bis-dpl";
  }

  @Override
  public String list() {
    return "bis-dpl";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    String name = FileNames.of(file);
    EntityCollector entities = new EntityCollector(progress);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      CsvReader tsv = new CsvReader(in, '\t', name);
      List<String> first = tsv.next();
      HeaderRow header = new HeaderRow(first == null ? List.of() : first);
      if (!header.has("Name") || !header.has("Country") || !header.has("Effective_Date")) {
        throw new ListFormatException(name + " line 1", "not the Denied Persons List header");
      }
      for (List<String> row = tsv.next(); row != null; row = tsv.next()) {
        if (row.size() == 1 && row.get(0).isBlank()) {
          continue;
        }
        if (row.size() != header.size()) {
          throw new ListFormatException(tsv.position(), "expected " + header.size() + " fields, found " + row.size());
        }
        String id = StableId.of("dpl-", header.get(row, "Name"), header.get(row, "Street_Address"),
            header.get(row, "City"), header.get(row, "Country"), header.get(row, "Effective_Date"));
        EntityBuilder entity = new EntityBuilder(list(), id).name(header.get(row, "Name"), false)
            .country(Countries.iso2(header.get(row, "Country"))).program("DPL");
        if (!entity.hasName()) {
          throw new ListFormatException(tsv.position(), "the entry has no name");
        }
        entities.add(entity.build());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read as UTF-8 text");
    }
    return ParsedList.full(entities.finish(), List.of());
  }
}
