package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses an import file. Jackson's own messages quote the input, so every failure is translated
 * into one that names only the JSON path and the rule.
 */
final class ImportFileReader {

  static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final Pattern PLAIN_FIELD_NAME = Pattern.compile("[A-Za-z]{1,40}");
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private ImportFileReader() {}

  static ImportFile read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new BadInputException("the import file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return parse(in);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException("the import file does not exist", e);
    } catch (IOException e) {
      throw new BadInputException("the import file cannot be read", e);
    }
  }

  static ImportFile parse(InputStream in) {
    try {
      ImportFile file = MAPPER.readValue(in, ImportFile.class);
      if (file == null) {
        throw new BadInputException("the import file is empty");
      }
      return file;
    } catch (UnrecognizedPropertyException e) {
      String name = e.getPropertyName();
      String where = e.getPath().size() > 1 ? ImportPaths.of(e.getPath().subList(0, e.getPath().size() - 1)) : "";
      String field = name != null && PLAIN_FIELD_NAME.matcher(name).matches() ? "field '" + name + "'" : "field";
      throw new BadInputException((where.isEmpty() ? "the file" : where) + " has an unknown " + field, e);
    } catch (StreamReadException e) {
      throw new BadInputException("the import file is not valid JSON" + at(e.getLocation()), e);
    } catch (JacksonException e) {
      String path = ImportPaths.of(e.getPath());
      throw new BadInputException((path.isEmpty() ? "the file" : path) + " has the wrong type or shape", e);
    }
  }

  private static String at(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
