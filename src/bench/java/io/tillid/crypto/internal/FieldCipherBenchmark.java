package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.MasterKeyProvider;
import io.tillid.platform.TenantId;
import io.tillid.platform.launch.MasterKeyFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Field encryption cost: Tillid's {@link TinkFieldCipher} and {@link TinkBlindIndex} as the
 * application uses them (tenant keyset from the in-memory cache, associated data built per call),
 * with the keyset store replaced by memory so the database is not measured. The baseline is
 * Tink's AES-256-GCM primitive called directly on the same input, in the same process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldCipherBenchmark {

  static final String NATIONAL_ID = "010203-1234";
  static final String BIRTH_DATE = "1970-01-02";
  static final String ADDRESS = "Vestergade 12, 3. th., 1456 København K, Danmark";
  static final int RECORDS = 10_000;

  TenantId tenant;
  TinkFieldCipher cipher;
  TinkBlindIndex blindIndex;
  Aead rawAead;
  FieldContext nationalIdField;
  FieldContext addressField;
  byte[] nationalIdCipher;
  byte[] addressCipher;
  FieldContext[][] recordFields;
  byte[][][] recordCiphers;

  @Setup
  public void setUp() throws Exception {
    TinkRegistration.ensure();
    tenant = TenantId.random();
    String masterUri = MasterKeyFile.ensure(Files.createTempDirectory("tillid-bench").resolve("master-key.json"));
    List<MasterKeyProvider> providers = List.of(new LocalFileMasterKeyProvider());
    MasterKey master = new MasterKey(masterUri, providers, null);
    InMemoryKeysets store = new InMemoryKeysets();
    TenantKeysets keysets = new TenantKeysets(store, master, null);
    for (KeysetPurpose purpose : KeysetPurpose.values()) {
      store.put(purpose, keysets.wrap(tenant, purpose, KeysetHandle.generateNew(purpose.parameters())), master.id());
    }
    cipher = new TinkFieldCipher(keysets);
    blindIndex = new TinkBlindIndex(keysets);
    rawAead = keysets.handle(tenant, KeysetPurpose.DATA).getPrimitive(RegistryConfiguration.get(), Aead.class);
    String row = UUID.randomUUID().toString();
    nationalIdField = new FieldContext("customer", "national_id", row);
    addressField = new FieldContext("customer", "address", row);
    nationalIdCipher = cipher.encrypt(tenant, nationalIdField, NATIONAL_ID);
    addressCipher = cipher.encrypt(tenant, addressField, ADDRESS);
    recordFields = new FieldContext[RECORDS][];
    recordCiphers = new byte[RECORDS][][];
    for (int i = 0; i < RECORDS; i++) {
      String id = UUID.randomUUID().toString();
      recordFields[i] = new FieldContext[] {new FieldContext("customer", "national_id", id),
          new FieldContext("customer", "birth_date", id), new FieldContext("customer", "address", id)};
      recordCiphers[i] = new byte[][] {cipher.encrypt(tenant, recordFields[i][0], NATIONAL_ID),
          cipher.encrypt(tenant, recordFields[i][1], BIRTH_DATE), cipher.encrypt(tenant, recordFields[i][2], ADDRESS)};
    }
  }

  /** The keyset store in memory: the wrapped keysets as the database would hold them. */
  static final class InMemoryKeysets extends KeysetRepository {

    private final java.util.Map<KeysetPurpose, StoredKeyset> stored = new java.util.EnumMap<>(KeysetPurpose.class);

    InMemoryKeysets() {
      super(null);
    }

    void put(KeysetPurpose purpose, byte[] wrapped, String masterKeyId) {
      stored.put(purpose, new StoredKeyset(wrapped, masterKeyId, ACTIVE));
    }

    @Override
    Optional<StoredKeyset> find(TenantId tenant, KeysetPurpose purpose) {
      return Optional.ofNullable(stored.get(purpose));
    }
  }

  @Benchmark
  public byte[] baselineRawTinkEncryptNationalId() throws Exception {
    return rawAead.encrypt(NATIONAL_ID.getBytes(StandardCharsets.UTF_8), nationalIdField.associatedData(tenant));
  }

  @Benchmark
  public byte[] encryptNationalId() {
    return cipher.encrypt(tenant, nationalIdField, NATIONAL_ID);
  }

  @Benchmark
  public String decryptNationalId() {
    return cipher.decrypt(tenant, nationalIdField, nationalIdCipher);
  }

  @Benchmark
  public byte[] encryptAddress() {
    return cipher.encrypt(tenant, addressField, ADDRESS);
  }

  @Benchmark
  public String decryptAddress() {
    return cipher.decrypt(tenant, addressField, addressCipher);
  }

  @Benchmark
  public byte[] blindIndexNationalId() {
    return blindIndex.of(tenant, "national_id", "0102031234");
  }

  /** 10,000 records of three fields (national id, birth date, address) encrypted. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public int encrypt10000Records() {
    int bytes = 0;
    for (int i = 0; i < RECORDS; i++) {
      bytes += cipher.encrypt(tenant, recordFields[i][0], NATIONAL_ID).length;
      bytes += cipher.encrypt(tenant, recordFields[i][1], BIRTH_DATE).length;
      bytes += cipher.encrypt(tenant, recordFields[i][2], ADDRESS).length;
    }
    return bytes;
  }

  /** The same 10,000 records decrypted. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public int decrypt10000Records() {
    int chars = 0;
    for (int i = 0; i < RECORDS; i++) {
      for (int f = 0; f < 3; f++) {
        chars += cipher.decrypt(tenant, recordFields[i][f], recordCiphers[i][f]).length();
      }
    }
    return chars;
  }
}
