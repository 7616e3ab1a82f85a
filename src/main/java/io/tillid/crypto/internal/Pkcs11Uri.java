package io.tillid.crypto.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code pkcs11:} URI in the style of RFC 7512: path attributes separated by ';' ({@code token},
 * {@code object}, {@code slot-id}), query attributes by '&' ({@code module-path},
 * {@code pin-source=file:/path}); values percent-encoded. The PIN itself is never in the URI, only
 * the file that holds it.
 */
record Pkcs11Uri(String token, String object, Optional<Integer> slotIndex, String modulePath, String pinFile) {

  static Pkcs11Uri parse(String uri) {
    if (!uri.startsWith("pkcs11:")) {
      throw new IllegalArgumentException("not a pkcs11: URI");
    }
    String rest = uri.substring("pkcs11:".length());
    int query = rest.indexOf('?');
    Map<String, String> path = attributes(query < 0 ? rest : rest.substring(0, query), ";");
    Map<String, String> params = attributes(query < 0 ? "" : rest.substring(query + 1), "&");
    String object = path.get("object");
    String module = params.get("module-path");
    String pinSource = params.get("pin-source");
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("the pkcs11: URI names no object (object=LABEL of the AES key)");
    }
    if (module == null || module.isBlank()) {
      throw new IllegalArgumentException("the pkcs11: URI names no module (?module-path=/path/to/library.so)");
    }
    if (pinSource == null || !pinSource.startsWith("file:")) {
      throw new IllegalArgumentException("the pkcs11: URI names no PIN file (pin-source=file:/path/to/pin)");
    }
    Optional<Integer> slot = Optional.empty();
    if (path.containsKey("slot-index")) {
      try {
        slot = Optional.of(Integer.parseInt(path.get("slot-index")));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("slot-index in the pkcs11: URI must be a number", e);
      }
    }
    String pinFile = pinSource.substring("file:".length());
    return new Pkcs11Uri(path.get("token"), object, slot, module, pinFile.startsWith("//") ? pinFile.substring(2) : pinFile);
  }

  private static Map<String, String> attributes(String text, String separator) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String part : text.split(separator)) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        values.put(part.substring(0, equals),
            URLDecoder.decode(part.substring(equals + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return values;
  }
}
