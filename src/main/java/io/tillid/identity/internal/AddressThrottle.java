package io.tillid.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address in a sliding window of one-minute buckets in the database,
 * so that all nodes share it. IPv6 addresses count by their /64 prefix, which one host controls.
 */
@Component
class AddressThrottle {

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final JdbcClient jdbc;
  private final SignInGuardProperties properties;

  AddressThrottle(JdbcClient jdbc, SignInGuardProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  boolean blocked(String address, Instant now) {
    return failures(key(address), now) >= properties.addressFailureLimit();
  }

  /** Counts a failure; returns the failures now in the window. Needs a transaction. */
  int failed(String address, Instant now) {
    String key = key(address);
    Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
    jdbc.sql("""
        insert into sign_in_address_failure (address_key, minute_start, failures) values (:key, :minute, 0)
        on conflict do nothing""")
        .param("key", key).param("minute", minute.atOffset(ZoneOffset.UTC)).update();
    jdbc.sql("""
        update sign_in_address_failure set failures = failures + 1
        where address_key = :key and minute_start = :minute""")
        .param("key", key).param("minute", minute.atOffset(ZoneOffset.UTC)).update();
    jdbc.sql("delete from sign_in_address_failure where address_key = :key and minute_start <= :before")
        .param("key", key).param("before", windowStart(now).atOffset(ZoneOffset.UTC)).update();
    return failures(key, now);
  }

  int limit() {
    return properties.addressFailureLimit();
  }

  private int failures(String key, Instant now) {
    return jdbc.sql("""
        select coalesce(sum(failures), 0) from sign_in_address_failure
        where address_key = :key and minute_start > :since""")
        .param("key", key).param("since", windowStart(now).atOffset(ZoneOffset.UTC))
        .query(Integer.class).single();
  }

  private Instant windowStart(Instant now) {
    return now.truncatedTo(ChronoUnit.MINUTES).minus(properties.addressWindow());
  }

  static String key(String address) {
    String canonical = address == null ? "none" : address;
    if (address != null && IP_LITERAL.matcher(address).matches()) {
      try {
        // a literal is parsed, never looked up
        byte[] bytes = InetAddress.getByName(address).getAddress();
        canonical = HexFormat.of().formatHex(bytes.length == 16 ? Arrays.copyOf(bytes, 8) : bytes);
      } catch (UnknownHostException e) {
        canonical = address;
      }
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(("tillid-address\0" + canonical).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
