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
      HeaderedRows.read(in, name, '\t', List.of("Name", "Street_Address", "City", "Country", "Effective_Date"),
          this::entity, entities);
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read as UTF-8 text");
    }
    return ParsedList.full(entities.finish(), List.of());
  }

  private EntityBuilder entity(HeaderRow header, List<String> row) {
    String id = StableId.of("dpl-", header.get(row, "Name"), header.get(row, "Street_Address"),
        header.get(row, "City"), header.get(row, "Country"), header.get(row, "Effective_Date"));
    return new EntityBuilder(list(), id).name(header.get(row, "Name"), false)
        .country(Countries.iso2(header.get(row, "Country"))).program("DPL");
  }
}
