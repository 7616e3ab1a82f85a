package io.tillid.platform.launch;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a master key URI before anything starts: {@code file:} (a Tink keyset, mode 0600),
 * {@code pkcs11:} (the module exists, the PIN file is private to its owner) and
 * {@code aws-kms://} (a KMS key ARN). Whether the key opens is checked at start, against the
 * database's check value.
 */
@SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
    justification = "The operator's TILLID_MASTER_KEY_URI names the key, module and PIN files to check.")
final class MasterKeyUris {

  private static final Pattern PKCS11_ATTRIBUTE = Pattern.compile("[?&;:](module-path|pin-source|object)=([^&;?]*)");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private MasterKeyUris() {}

  static void check(String value, String variable) throws ConfigurationRefused {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new ConfigurationRefused(variable + " is not a URI");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    switch (scheme) {
      case "file" -> MasterKeyFile.check(Paths.get(uri));
      case "pkcs11" -> checkPkcs11(value, variable);
      case "aws-kms" -> {
        if (!isAwsKmsKey(value)) {
          throw new ConfigurationRefused(variable + " must name an AWS KMS key: aws-kms://arn:aws:kms:REGION:ACCOUNT:key/ID");
        }
      }
      default -> throw new ConfigurationRefused(variable + " scheme '" + scheme
          + "' is not supported; use file:, pkcs11: or aws-kms://");
    }
  }

  /** {@code aws-kms://arn:PARTITION:kms:REGION:ACCOUNT:key/ID}, optionally {@code ?endpoint=https://...}. */
  private static boolean isAwsKmsKey(String value) {
    if (!value.startsWith("aws-kms://")) {
      return false;
    }
    String rest = value.substring("aws-kms://".length());
    int query = rest.indexOf('?');
    if (query >= 0 && !rest.startsWith("endpoint=https://", query + 1)) {
      return false;
    }
    String[] arn = (query < 0 ? rest : rest.substring(0, query)).split(":", 6);
    return arn.length == 6 && arn[0].equals("arn") && arn[1].startsWith("aws") && arn[2].equals("kms")
        && !arn[3].isEmpty() && ACCOUNT.matcher(arn[4]).matches()
        && (arn[5].startsWith("key/") || arn[5].startsWith("alias/"));
  }

  private static void checkPkcs11(String value, String variable) throws ConfigurationRefused {
    String module = attribute(value, "module-path");
    String pinSource = attribute(value, "pin-source");
    if (attribute(value, "object") == null) {
      throw new ConfigurationRefused(variable + " names no HSM key (object=LABEL)");
    }
    if (module == null || !Files.isRegularFile(Paths.get(module))) {
      throw new ConfigurationRefused(variable + " names no existing PKCS#11 module (module-path=/path/to/library.so)");
    }
    if (pinSource == null || !pinSource.startsWith("file:")) {
      throw new ConfigurationRefused(variable + " names no PIN file (pin-source=file:/path/to/pin)");
    }
    Path pin = Paths.get(pinSource.substring("file:".length()).replaceFirst("^//", ""));
    if (!Files.isRegularFile(pin) || !Files.isReadable(pin)) {
      throw new ConfigurationRefused("the HSM PIN file does not exist or is not readable");
    }
    ProductionEnvironment.requireOwnerOnly(pin, "HSM PIN file");
  }

  private static String attribute(String value, String name) {
    Matcher matcher = PKCS11_ATTRIBUTE.matcher(value);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return URLDecoder.decode(matcher.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
