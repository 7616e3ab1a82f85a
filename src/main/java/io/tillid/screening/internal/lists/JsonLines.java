package io.tillid.screening.internal.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON Lines file: one JSON object a line, blank lines skipped; errors name the line. */
final class JsonLines {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Handles one object. */
  interface Handler {
    void accept(JsonNode object, String position) throws ListFormatException;
  }

  private JsonLines() {}

  static void read(Path file, Handler handler) throws ListFormatException {
    String name = FileNames.of(file);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String position = name + " line " + number;
        JsonNode object;
        try {
          object = JSON.readTree(line);
        } catch (JacksonException e) {
          throw new ListFormatException(position, "not a JSON object (the file may be cut short)");
        }
        if (object == null || !object.isObject()) {
          throw new ListFormatException(position, "not a JSON object");
        }
        handler.accept(object, position);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read as UTF-8 text");
    }
  }

  /** The string values of an array (or a single string) field, blank ones left out. */
  static java.util.List<String> strings(JsonNode node) {
    java.util.List<String> values = new java.util.ArrayList<>();
    if (node != null && node.isArray()) {
      node.values().forEach(value -> add(values, value));
    } else if (node != null) {
      add(values, node);
    }
    return values;
  }

  private static void add(java.util.List<String> values, JsonNode value) {
    if (value.isString() || value.isNumber()) {
      String text = EntityBuilder.clean(value.asString());
      if (text != null) {
        values.add(text);
      }
    }
  }
}
