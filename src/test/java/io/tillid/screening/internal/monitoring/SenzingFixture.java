package io.tillid.screening.internal.monitoring;

import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ListFormatException;
import io.tillid.screening.internal.lists.ParseProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small Senzing PEP files written for a test: each test imports the whole list it needs (another
 * test imports the US Congress list into senzing; whatever ran before is replaced).
 */
public final class SenzingFixture {

  /** Zorbulat Quendrix: a person, born 1961-03-02, Russian. */
  public static final String QUENDRIX = """
      {"RECORD_ID":"zq-1","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Zorbulat Quendrix"}],\
      "DATES":[{"DATE_OF_BIRTH":"1961-03-02"}],"COUNTRIES":[{"NATIONALITY":"RU"}],"RISKS":[{"TOPIC":"sanction"}]}""";

  /** The same entry after the list changed it: an alias more. */
  public static final String QUENDRIX_CHANGED = """
      {"RECORD_ID":"zq-1","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Zorbulat Quendrix"},\
      {"NAME_FULL":"Zorbulat Kvendrix"}],"DATES":[{"DATE_OF_BIRTH":"1961-03-02"}],"COUNTRIES":[{"NATIONALITY":"RU"}],\
      "RISKS":[{"TOPIC":"sanction"}]}""";

  /** Ilvana Brostrup-Mekkelsen: a PEP, born 1970-05-17, Danish. */
  public static final String MEKKELSEN = """
      {"RECORD_ID":"zq-2","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Ilvana Brostrup-Mekkelsen"}],\
      "DATES":[{"DATE_OF_BIRTH":"1970-05-17"}],"COUNTRIES":[{"NATIONALITY":"DK"}],"RISKS":[{"TOPIC":"role.pep"}]}""";

  private SenzingFixture() {}

  /** Imports the list of Quendrix and Mekkelsen as it stands before any change. */
  public static void importBase(ImportList importList, Path folder) throws IOException, ListFormatException {
    importList.run("senzing", write(folder.resolve("base.json"), QUENDRIX, MEKKELSEN), ParseProgress.NONE);
  }

  public static Path write(Path file, String... records) throws IOException {
    Files.write(file, List.of(records), StandardCharsets.UTF_8);
    return file;
  }
}
