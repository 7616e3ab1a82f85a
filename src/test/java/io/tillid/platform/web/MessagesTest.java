package io.tillid.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page speaks Danish and English: both files have the same keys, and pages use only those. */
class MessagesTest {

  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

  @Test
  void danishAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(keys("messages_da.properties")).isEqualTo(keys("messages.properties"));
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(Files::isRegularFile).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(template));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(keys("messages.properties")).containsAll(used);
  }

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + file)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
