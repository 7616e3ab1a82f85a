package io.tillid.crypto.internal;

import com.amazonaws.auth.AWSCredentialsProvider;
import com.amazonaws.auth.DefaultAWSCredentialsProviderChain;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.kms.AWSKMSClientBuilder;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.integration.awskms.AwsKmsAead;
import io.tillid.crypto.MasterKeyProvider;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code aws-kms://arn:aws:kms:REGION:ACCOUNT:key/KEY-ID}: a symmetric key in AWS KMS, through
 * Tink's AWS KMS integration ({@link AwsKmsAead}: KMS Encrypt and Decrypt, the associated data as
 * encryption context). Credentials come the AWS SDK's usual way (environment variables
 * {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, the shared profile, or the instance or
 * container role). The region is the ARN's.
 *
 * <p>{@code ?endpoint=https://host} overrides the endpoint (a VPC endpoint, a KMS-compatible
 * service); plain {@code http} is accepted for loopback addresses only (tests).
 */
@Component
class AwsKmsMasterKeyProvider implements MasterKeyProvider {

  static final String PREFIX = "aws-kms://";

  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:kms:([a-z0-9-]+):\\d{12}:(key|alias)/[A-Za-z0-9/_-]+");
  private static final Pattern ENDPOINT = Pattern.compile("endpoint=([^&]+)");

  static {
    // The SDK 1.x would log a multi-line maintenance notice with a stack trace at first use; Tink's
    // AWS KMS integration is built on that line, which the README says.
    if (System.getProperty("aws.java.v1.disableDeprecationAnnouncement") == null) {
      System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
    }
  }

  private final AWSCredentialsProvider credentials;

  /** Credentials the SDK's usual way, looked up when a key is opened. */
  @Autowired
  AwsKmsMasterKeyProvider() {
    this(null);
  }

  AwsKmsMasterKeyProvider(AWSCredentialsProvider credentials) {
    this.credentials = credentials;
  }

  @Override
  public String scheme() {
    return "aws-kms";
  }

  @Override
  public Aead open(URI uri) throws GeneralSecurityException {
    String text = uri.toString();
    if (!text.startsWith(PREFIX)) {
      throw new GeneralSecurityException("an AWS KMS master key URI starts with " + PREFIX);
    }
    String rest = text.substring(PREFIX.length());
    int query = rest.indexOf('?');
    String arn = query < 0 ? rest : rest.substring(0, query);
    Matcher matcher = ARN.matcher(arn);
    if (!matcher.matches()) {
      throw new GeneralSecurityException("the AWS KMS master key URI does not hold a key ARN (aws-kms://arn:aws:kms:REGION:ACCOUNT:key/ID)");
    }
    String region = matcher.group(1);
    AWSKMSClientBuilder builder = AWSKMSClientBuilder.standard()
        .withCredentials(credentials == null ? DefaultAWSCredentialsProviderChain.getInstance() : credentials);
    Matcher endpoint = ENDPOINT.matcher(query < 0 ? "" : rest.substring(query + 1));
    if (endpoint.find()) {
      builder.withEndpointConfiguration(new EndpointConfiguration(checkedEndpoint(endpoint.group(1)), region));
    } else {
      builder.withRegion(region);
    }
    return new AwsKmsAead(builder.build(), arn);
  }

  private static String checkedEndpoint(String endpoint) throws GeneralSecurityException {
    URI parsed;
    try {
      parsed = URI.create(endpoint);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("the AWS KMS endpoint is not a URL");
    }
    String host = parsed.getHost() == null ? "" : parsed.getHost();
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    if ("https".equals(parsed.getScheme()) || ("http".equals(parsed.getScheme()) && loopback)) {
      return endpoint;
    }
    throw new GeneralSecurityException("the AWS KMS endpoint must use https (http only to a loopback address)");
  }
}
