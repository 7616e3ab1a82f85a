package io.tillid.webhooks.internal;

import io.tillid.platform.InvalidFieldException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (no server-side request forgery): HTTPS URLs whose host resolves only to
 * public unicast addresses. Loopback, private (RFC 1918, unique-local), link-local, multicast,
 * unspecified, carrier-grade NAT, benchmark and reserved addresses are refused, as are IPv6 forms
 * that embed one (IPv4-mapped, NAT64, 6to4). With {@code tillid.webhooks.allow-private-addresses}
 * everything is allowed, plain HTTP too.
 */
@Component
class EndpointPolicy {

  private static final int MAX_URL = 2000;
  // URI schemes are ASCII and case-insensitive (RFC 3986)
  private static final Pattern HTTPS = Pattern.compile("https", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTTP = Pattern.compile("http", Pattern.CASE_INSENSITIVE);

  private final boolean allowPrivate;

  @org.springframework.beans.factory.annotation.Autowired
  EndpointPolicy(WebhookProperties properties) {
    this(properties.allowPrivateAddresses());
  }

  EndpointPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** An address refused as a webhook destination; the message names the host, never more. */
  static final class RefusedAddress extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    RefusedAddress(String host) {
      super("webhook host " + host + " resolves to a non-public address");
    }
  }

  /** Checks a URL a tenant gives for a subscription, its host's addresses included. */
  URI check(String url) {
    String text = url == null ? "" : url.strip();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw invalid("url", "The field 'url' must be an absolute HTTPS URL.");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    boolean https = HTTPS.matcher(scheme).matches();
    if (text.isEmpty() || text.length() > MAX_URL || !uri.isAbsolute() || uri.getHost() == null
        || uri.getRawUserInfo() != null || uri.getRawFragment() != null
        || !(https || HTTP.matcher(scheme).matches())) {
      throw invalid("url", "The field 'url' must be an absolute HTTPS URL (at most " + MAX_URL
          + " characters, no user info, no fragment).");
    }
    if (!https && !allowPrivate) {
      throw invalid("https", "The field 'url' must use HTTPS.");
    }
    try {
      resolve(uri.getHost());
    } catch (RefusedAddress refused) {
      throw invalid("private-address", "The field 'url' names a host on a private, loopback or otherwise "
          + "non-public address.");
    } catch (UnknownHostException unknown) {
      throw invalid("unknown-host", "The field 'url' names a host that does not resolve.");
    }
    return uri;
  }

  private static InvalidFieldException invalid(String rule, String message) {
    return new InvalidFieldException("url", rule, message);
  }

  /** Every address of the host, each checked; refuses the host if any is not public. */
  InetAddress[] resolve(String host) throws UnknownHostException {
    String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = InetAddress.getAllByName(name);
    if (!allowPrivate) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          throw new RefusedAddress(name);
        }
      }
    }
    return addresses;
  }

  /** Whether the address is a public unicast one. */
  static boolean isPublic(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicV4(b, 0);
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return false; // unique-local fc00::/7
      }
      if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
        return false; // site-local fec0::/10 (deprecated)
      }
      if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return isPublicV4(b, 12); // IPv4-mapped
      }
      if (isZero(b, 0, 12)) {
        return false; // IPv4-compatible (deprecated), ::, ::1
      }
      if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        return isPublicV4(b, 12); // NAT64 64:ff9b::/96
      }
      if (first == 0x20 && (b[1] & 0xff) == 0x02) {
        return isPublicV4(b, 2); // 6to4 2002::/16
      }
      if (first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
        return false; // documentation 2001:db8::/32
      }
      return true;
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b, int at) {
    int a = b[at] & 0xff;
    int second = b[at + 1] & 0xff;
    return !(a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast, reserved
        || (a == 100 && second >= 64 && second <= 127) // carrier-grade NAT
        || (a == 169 && second == 254) // link-local
        || (a == 172 && second >= 16 && second <= 31) // private
        || (a == 192 && second == 168) // private
        || (a == 192 && second == 0 && (b[at + 2] & 0xff) == 0) // IETF protocol assignments
        || (a == 198 && (second == 18 || second == 19))); // benchmarking
  }

  private static boolean isZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
