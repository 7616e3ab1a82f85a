package io.tillid.crypto.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AWS KMS's Encrypt and Decrypt as the service speaks them (JSON 1.1 over HTTP POST, the operation
 * in {@code X-Amz-Target}, binary fields in base64, errors as {@code __type}), on loopback, with
 * one AES key per server: enough for Tink's AWS KMS AEAD, and nothing leaves the machine. The
 * encryption context is bound as associated data, as KMS does.
 */
final class FakeKms implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final SecretKey key;
  private final String keyArn;
  private final SecureRandom random = new SecureRandom();
  private final List<String> operations = new ArrayList<>();

  FakeKms(String keyArn) throws IOException, GeneralSecurityException {
    this.keyArn = keyArn;
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    this.key = generator.generateKey();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized List<String> operations() {
    return List.copyOf(operations);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
      synchronized (this) {
        operations.add(target);
      }
      JsonNode request = JSON.readTree(exchange.getRequestBody());
      byte[] context = context(request.get("EncryptionContext"));
      ObjectNode response = JSON.createObjectNode();
      try {
        if (target.endsWith(".Encrypt")) {
          if (!keyArn.equals(request.path("KeyId").asText())) {
            error(exchange, "NotFoundException");
            return;
          }
          response.put("CiphertextBlob", seal(Base64.getDecoder().decode(request.path("Plaintext").asText()), context));
          response.put("KeyId", keyArn);
        } else if (target.endsWith(".Decrypt")) {
          response.put("Plaintext", open(Base64.getDecoder().decode(request.path("CiphertextBlob").asText()), context));
          response.put("KeyId", keyArn);
        } else {
          error(exchange, "UnsupportedOperationException");
          return;
        }
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        error(exchange, "InvalidCiphertextException");
        return;
      }
      send(exchange, 200, response);
    }
  }

  private static byte[] context(JsonNode context) {
    TreeMap<String, String> sorted = new TreeMap<>();
    if (context != null) {
      context.fields().forEachRemaining(entry -> sorted.put(entry.getKey(), entry.getValue().asText()));
    }
    return sorted.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String seal(byte[] plaintext, byte[] context) throws GeneralSecurityException {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
    cipher.updateAAD(context);
    byte[] sealed = cipher.doFinal(plaintext);
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
  }

  private String open(byte[] blob, byte[] context) throws GeneralSecurityException {
    if (blob.length < 28) {
      throw new GeneralSecurityException("short");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, blob, 0, 12));
    cipher.updateAAD(context);
    return Base64.getEncoder().encodeToString(cipher.doFinal(blob, 12, blob.length - 12));
  }

  private static void error(HttpExchange exchange, String type) throws IOException {
    send(exchange, 400, JSON.createObjectNode().put("__type", type).put("message", type));
  }

  private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
