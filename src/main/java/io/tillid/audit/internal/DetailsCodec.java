package io.tillid.audit.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an entry's details as canonical JSON: one object of string values, keys sorted, no
 * whitespace, so the same details always give the same text.
 */
final class DetailsCodec {

  /** The width of the details column. */
  static final int MAX_CHARS = 4000;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private DetailsCodec() {}

  /** @throws IllegalArgumentException when the text would not fit the column */
  static String encode(Map<String, String> details) {
    StringBuilder out = new StringBuilder("{");
    new TreeMap<>(details).forEach((key, value) -> {
      if (out.length() > 1) {
        out.append(',');
      }
      quote(out, key).append(':');
      quote(out, value);
    });
    String text = out.append('}').toString();
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException("audit details exceed " + MAX_CHARS + " characters");
    }
    return text;
  }

  /** @throws IllegalArgumentException when the text is not canonical details */
  static Map<String, String> decode(String text) {
    if (text == null) {
      throw new IllegalArgumentException("audit details are missing");
    }
    Map<String, String> details;
    try {
      details = JSON.readValue(text, MAP);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("audit details are not a JSON object of strings", e);
    }
    if (details == null || details.containsValue(null) || !encode(details).equals(text)) {
      throw new IllegalArgumentException("audit details are not in canonical form");
    }
    return details;
  }

  private static StringBuilder quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
