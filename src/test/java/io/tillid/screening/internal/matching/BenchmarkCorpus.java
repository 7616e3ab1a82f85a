package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityName;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The benchmark's data: the names of the real lists in the shared data folder (a minimal,
 * throwaway reader per format: names and types only, not the importers) and synthetic lists of
 * any size made deterministically from their name parts.
 */
final class BenchmarkCorpus {

  private BenchmarkCorpus() {}

  /** Every list in the data folder: OFAC SDN and non-SDN (CSV), UN (XML), US CSL, BIS DPL, US Congress PEPs. */
  static List<WatchlistEntity> realLists(Path data) throws IOException {
    List<WatchlistEntity> entities = new ArrayList<>();
    ofac(entities, "ofac-sdn", data.resolve("ofac_sdn_2021-07/sdn.csv"), data.resolve("ofac_sdn_2021-07/alt.csv"));
    ofac(entities, "ofac-cons", data.resolve("ofac_consolidated_nonsdn/cons_prim.csv"),
        data.resolve("ofac_consolidated_nonsdn/cons_alt.csv"));
    un(entities, data.resolve("un_consolidated/UN_consolidated.xml"));
    csl(entities, data.resolve("us_csl/consolidated.csv.gz"));
    dpl(entities, data.resolve("us_bis_dpl/dpl_2021.txt"));
    pep(entities, data.resolve("pep/opensanctions_us_congress_senzing.jsonl"));
    return entities;
  }

  private static void ofac(List<WatchlistEntity> out, String source, Path sdn, Path alt) throws IOException {
    java.util.Map<String, List<EntityName>> aliases = new java.util.HashMap<>();
    for (List<String> row : Csv.parse(Files.readString(alt, StandardCharsets.UTF_8), ',')) {
      if (row.size() >= 4 && !value(row.get(3)).isEmpty()) {
        aliases.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>()).add(new EntityName(value(row.get(3)),
            false));
      }
    }
    for (List<String> row : Csv.parse(Files.readString(sdn, StandardCharsets.UTF_8), ',')) {
      if (row.size() < 3 || value(row.get(1)).isEmpty()) {
        continue;
      }
      EntityType type = switch (value(row.get(2))) {
        case "individual" -> EntityType.PERSON;
        case "vessel" -> EntityType.VESSEL;
        case "aircraft" -> EntityType.AIRCRAFT;
        default -> EntityType.ORGANIZATION;
      };
      List<EntityName> names = new ArrayList<>();
      names.add(new EntityName(value(row.get(1)), false));
      names.addAll(aliases.getOrDefault(row.get(0).strip(), List.of()));
      out.add(entity(source, row.get(0).strip(), type, names));
    }
  }

  private static void un(List<WatchlistEntity> out, Path file) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String id = null;
      EntityType type = null;
      List<String> nameParts = new ArrayList<>();
      List<EntityName> names = new ArrayList<>();
      String element = null;
      boolean lowAlias = false;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          element = xml.getLocalName();
          if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
            type = element.equals("INDIVIDUAL") ? EntityType.PERSON : EntityType.ORGANIZATION;
            nameParts.clear();
            names.clear();
            id = null;
          }
        } else if (event == XMLStreamConstants.CHARACTERS && element != null && type != null) {
          String text = xml.getText().strip();
          if (text.isEmpty()) {
            continue;
          }
          switch (element) {
            case "DATAID" -> id = text;
            case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" -> nameParts.add(text);
            case "QUALITY" -> lowAlias = text.equalsIgnoreCase("Low");
            case "ALIAS_NAME" -> names.add(new EntityName(text, lowAlias));
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = xml.getLocalName();
          element = null;
          if ((name.equals("INDIVIDUAL") || name.equals("ENTITY")) && id != null && !nameParts.isEmpty()) {
            List<EntityName> all = new ArrayList<>();
            all.add(new EntityName(String.join(" ", nameParts), false));
            all.addAll(names);
            out.add(entity("un", id, type, all));
            type = null;
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void csl(List<WatchlistEntity> out, Path file) throws IOException {
    String text;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> rows = Csv.parse(text, ',');
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() < 23 || row.get(5).isBlank()) {
        continue;
      }
      EntityType type = switch (row.get(3)) {
        case "Individual" -> EntityType.PERSON;
        case "Entity" -> EntityType.ORGANIZATION;
        case "Vessel" -> EntityType.VESSEL;
        case "Aircraft" -> EntityType.AIRCRAFT;
        default -> EntityType.UNKNOWN;
      };
      List<EntityName> names = new ArrayList<>();
      names.add(new EntityName(row.get(5).strip(), false));
      for (String alt : row.get(22).split(";")) {
        if (!alt.isBlank()) {
          names.add(new EntityName(alt.strip(), false));
        }
      }
      out.add(entity("us-csl", row.get(0), type, names));
    }
  }

  private static void dpl(List<WatchlistEntity> out, Path file) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), '\t');
    for (int i = 1; i < rows.size(); i++) {
      if (!rows.get(i).get(0).isBlank()) {
        out.add(entity("bis-dpl", "dpl-" + i, EntityType.UNKNOWN, List.of(new EntityName(rows.get(i).get(0).strip(),
            false))));
      }
    }
  }

  private static final Pattern SENZING = Pattern.compile("\"RECORD_ID\":\"([^\"]+)\"|\"NAME_FULL\":\"([^\"]+)\"");

  private static void pep(List<WatchlistEntity> out, Path file) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = SENZING.matcher(line);
      String id = null;
      List<EntityName> names = new ArrayList<>();
      while (m.find()) {
        if (m.group(1) != null) {
          id = m.group(1);
        } else {
          names.add(new EntityName(m.group(2), false));
        }
      }
      if (id != null && !names.isEmpty()) {
        out.add(entity("us-congress-pep", id, EntityType.PERSON, names));
      }
    }
  }

  private static String value(String field) {
    String stripped = field.strip();
    return stripped.equals("-0-") ? "" : stripped;
  }

  private static WatchlistEntity entity(String source, String id, EntityType type, List<EntityName> names) {
    return new WatchlistEntity(source, id, type, names, List.of(), Set.of(), List.of(), Set.of());
  }

  /**
   * {@code count} synthetic entities made from the real lists' name parts: persons as given
   * name(s) and surname drawn from real person names, organisations as words and a legal form
   * drawn from real organisation names. Deterministic for a seed.
   */
  static List<WatchlistEntity> synthetic(List<WatchlistEntity> real, int count, long seed) {
    List<String> given = new ArrayList<>(new LinkedHashSet<>(parts(real, EntityType.PERSON, true)));
    List<String> family = new ArrayList<>(new LinkedHashSet<>(parts(real, EntityType.PERSON, false)));
    List<String> words = new ArrayList<>(new LinkedHashSet<>(parts(real, EntityType.ORGANIZATION, true)));
    List<String> forms = List.of("LLC", "Ltd", "GmbH", "JSC", "S.A.", "Co.", "Inc.", "OOO", "A/S", "B.V.");
    Random random = new Random(seed);
    List<WatchlistEntity> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name;
      EntityType type;
      if (random.nextInt(10) < 7) {
        type = EntityType.PERSON;
        StringBuilder b = new StringBuilder(given.get(random.nextInt(given.size())));
        if (random.nextInt(3) == 0) {
          b.append(' ').append(given.get(random.nextInt(given.size())));
        }
        b.append(' ').append(family.get(random.nextInt(family.size())));
        name = b.toString();
      } else {
        type = EntityType.ORGANIZATION;
        StringBuilder b = new StringBuilder(words.get(random.nextInt(words.size())));
        for (int w = random.nextInt(3); w >= 0; w--) {
          b.append(' ').append(words.get(random.nextInt(words.size())));
        }
        b.append(' ').append(forms.get(random.nextInt(forms.size())));
        name = b.toString();
      }
      out.add(entity("synthetic", "s" + i, type, List.of(new EntityName(name, false))));
    }
    return out;
  }

  /** Person parts: given (all but the last word, or after the comma) or family; organisation words. */
  private static List<String> parts(List<WatchlistEntity> real, EntityType type, boolean first) {
    List<String> parts = new ArrayList<>();
    for (WatchlistEntity entity : real) {
      if (entity.type() != type) {
        continue;
      }
      String name = entity.primaryName();
      if (type == EntityType.ORGANIZATION) {
        for (String word : name.split("[\\s,]+")) {
          if (word.length() > 2) {
            parts.add(word);
          }
        }
        continue;
      }
      String[] words;
      if (name.contains(",")) {
        String[] halves = name.split(",", 2);
        words = (first ? halves[1] : halves[0]).strip().split("\\s+");
        for (String word : words) {
          if (!word.isBlank()) {
            parts.add(word);
          }
        }
      } else {
        words = name.strip().split("\\s+");
        if (words.length >= 2) {
          if (first) {
            parts.addAll(List.of(words).subList(0, words.length - 1));
          } else {
            parts.add(words[words.length - 1]);
          }
        }
      }
    }
    return parts;
  }

  /** A quoted-field CSV/TSV parser (fields may hold quotes and line breaks). */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text, char separator) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == separator) {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
          }
          row = new ArrayList<>();
        } else if (c != '\u001a') {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }

}
