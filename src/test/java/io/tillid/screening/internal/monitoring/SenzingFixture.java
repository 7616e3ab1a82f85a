package io.tillid.screening.internal.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small Senzing PEP files written for a test (the senzing list is used by no other test). */
final class SenzingFixture {

  /** Zorbulat Quendrix: a person, born 1961-03-02, Russian. */
  static final String QUENDRIX = """
      {"RECORD_ID":"zq-1","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Zorbulat Quendrix"}],\
      "DATES":[{"DATE_OF_BIRTH":"1961-03-02"}],"COUNTRIES":[{"NATIONALITY":"RU"}],"RISKS":[{"TOPIC":"sanction"}]}""";

  /** The same entry after the list changed it: an alias more. */
  static final String QUENDRIX_CHANGED = """
      {"RECORD_ID":"zq-1","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Zorbulat Quendrix"},\
      {"NAME_FULL":"Zorbulat Kvendrix"}],"DATES":[{"DATE_OF_BIRTH":"1961-03-02"}],"COUNTRIES":[{"NATIONALITY":"RU"}],\
      "RISKS":[{"TOPIC":"sanction"}]}""";

  /** Ilvana Brostrup-Mekkelsen: a PEP, born 1970-05-17, Danish. */
  static final String MEKKELSEN = """
      {"RECORD_ID":"zq-2","RECORD_TYPE":"PERSON","NAMES":[{"NAME_FULL":"Ilvana Brostrup-Mekkelsen"}],\
      "DATES":[{"DATE_OF_BIRTH":"1970-05-17"}],"COUNTRIES":[{"NATIONALITY":"DK"}],"RISKS":[{"TOPIC":"role.pep"}]}""";

  private SenzingFixture() {}

  static Path write(Path file, String... records) throws IOException {
    Files.write(file, List.of(records), StandardCharsets.UTF_8);
    return file;
  }
}
