package io.tillid.risk.internal.model;

import io.tillid.risk.RiskInputs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * A SHA-256 over the inputs in a canonical form: equal inputs (countries in any order) give equal
 * fingerprints, so re-assessing unchanged inputs can be recognised without storing them twice.
 */
public final class InputFingerprint {

  private InputFingerprint() {}

  public static String of(RiskInputs inputs) {
    String canonical = String.join("|", String.valueOf(inputs.customerId()), String.valueOf(inputs.customerType()),
        inputs.countries().stream().map(c -> c.role() + ":" + c.code()).collect(Collectors.joining(",")),
        String.valueOf(inputs.industryCode()), Boolean.toString(inputs.pepSelfDeclared()),
        inputs.screening().openPotentialMatches() + "/" + inputs.screening().confirmedMatches() + "/"
            + inputs.screening().confirmedPepMatches(),
        inputs.product().name(), inputs.channel().name(), Integer.toString(inputs.ownershipLayers()),
        Integer.toString(inputs.foreignOwners()))
        // linked persons only when there are any: fingerprints of inputs without them stay as they were
        + inputs.linkedPersons().stream().map(l -> "|" + l.customerId() + ":" + l.role() + ":" + l.pep() + ":"
            + l.openHits() + ":" + l.confirmedHits() + ":" + l.level()).collect(Collectors.joining());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
