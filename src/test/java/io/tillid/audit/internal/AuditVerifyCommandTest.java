package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.audit.AuditVerifier;
import io.tillid.audit.ChainVerification;
import io.tillid.audit.ChainVerification.Reason;
import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AuditVerifyCommandTest {

  private static final TenantId ACME = TenantId.random();
  private static final TenantId BETA = TenantId.random();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final class FakeVerifier implements AuditVerifier {
    private final Map<TenantId, ChainVerification> results;

    FakeVerifier(Map<TenantId, ChainVerification> results) {
      this.results = results;
    }

    @Override
    public ChainVerification verify(TenantId tenant) {
      return results.getOrDefault(tenant, ChainVerification.intact(tenant, 0));
    }

    @Override
    public List<TenantId> chains() {
      return results.keySet().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }
  }

  private static final class Directory implements TenantDirectory {
    private final List<TenantRef> tenants = List.of(TenantRef.PLATFORM, new TenantRef(ACME, "acme"));

    @Override
    public Optional<TenantRef> findBySlug(String slug) {
      return tenants.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    @Override
    public Optional<TenantRef> findById(TenantId id) {
      return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    @Override
    public List<TenantRef> all() {
      return tenants;
    }
  }

  private int run(AuditVerifier verifier, boolean withDirectory, String... args) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (withDirectory) {
      beans.addBean("directory", new Directory());
    }
    AuditVerifyCommand command = new AuditVerifyCommand(verifier, beans.getBeanProvider(TenantDirectory.class));
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void intactChainsGiveOneLineEachAndZero() {
    FakeVerifier verifier = new FakeVerifier(Map.of(ACME, ChainVerification.intact(ACME, 12),
        TenantId.PLATFORM, ChainVerification.intact(TenantId.PLATFORM, 1)));
    assertThat(run(verifier, true)).isZero();
    assertThat(out()).isEqualTo("audit: tenant platform: 1 entry intact\naudit: tenant acme: 12 entries intact\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void brokenChainGivesOneLineOnErrAndOne() {
    FakeVerifier verifier = new FakeVerifier(Map.of(ACME, ChainVerification.broken(ACME, 16, 17, Reason.HASH_MISMATCH)));
    assertThat(run(verifier, true, "--tenant", "acme")).isEqualTo(1);
    assertThat(err()).isEqualTo("audit: tenant acme: chain broken at entry 17 (hash mismatch)\n");
  }

  @Test
  void withoutDirectoryTenantsAreNamedByIdAndFoundById() {
    FakeVerifier verifier = new FakeVerifier(Map.of(BETA, ChainVerification.intact(BETA, 3)));
    assertThat(run(verifier, false, "--tenant", BETA.toString())).isZero();
    assertThat(out()).isEqualTo("audit: tenant " + BETA + ": 3 entries intact\n");
  }

  @Test
  void platformIsKnownWithoutDirectory() {
    assertThat(run(new FakeVerifier(Map.of()), false, "--tenant", "platform")).isZero();
    assertThat(out()).isEqualTo("audit: tenant platform: 0 entries intact\n");
  }

  @Test
  void unknownSlugOrIdIsUsageWithoutEchoingIt() {
    assertThat(run(new FakeVerifier(Map.of()), true, "--tenant", "no-such-firm")).isEqualTo(CliCommand.USAGE);
    assertThat(run(new FakeVerifier(Map.of()), false, "--tenant", TenantId.random().toString()))
        .isEqualTo(CliCommand.USAGE);
    assertThat(err().lines()).hasSize(2).allMatch(line -> line.startsWith("audit: ") && !line.contains("no-such"));
  }

  @Test
  void badArgumentsAreUsage() {
    assertThat(run(new FakeVerifier(Map.of()), true, "--tenant")).isEqualTo(CliCommand.USAGE);
    assertThat(run(new FakeVerifier(Map.of()), true, "--everything")).isEqualTo(CliCommand.USAGE);
    assertThat(err().lines()).hasSize(2).allMatch(line -> line.startsWith("audit: usage:"));
    assertThat(out()).isEmpty();
  }
}
