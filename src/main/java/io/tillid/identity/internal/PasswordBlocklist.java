package io.tillid.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common and breached passwords: nbvcxz's {@code dictionaries/passwords.txt} (100,001 entries),
 * shipped in its jar. Loaded once; matched without regard to case.
 */
final class PasswordBlocklist {

  private static final String RESOURCE = "/dictionaries/passwords.txt";

  private final Set<String> entries;

  private PasswordBlocklist(Set<String> entries) {
    this.entries = entries;
  }

  /** The shipped list, read on first use. */
  static PasswordBlocklist shipped() {
    return Holder.SHIPPED;
  }

  boolean contains(String password) {
    return entries.contains(password.toLowerCase(Locale.ROOT));
  }

  int size() {
    return entries.size();
  }

  private static PasswordBlocklist load() {
    Set<String> entries = new HashSet<>(200_000);
    InputStream in = PasswordBlocklist.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the password blocklist " + RESOURCE + " is not on the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty()) {
          entries.add(entry.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the password blocklist could not be read", e);
    }
    return new PasswordBlocklist(Set.copyOf(entries));
  }

  private static final class Holder {
    static final PasswordBlocklist SHIPPED = load();
  }
}
