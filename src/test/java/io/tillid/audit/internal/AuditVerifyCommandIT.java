package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;

class AuditVerifyCommandIT extends AuditTestSupport {

  @Autowired
  ApplicationContext context;

  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;

  @BeforeEach
  void streams() {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
  }

  /** The command as the launcher finds it: by name among the application's commands. */
  private int run(String... args) {
    return run(context.getBeansOfType(CliCommand.class).values().stream()
        .filter(command -> command.name().equals("audit verify")).findFirst().orElseThrow(), args);
  }

  private int run(CliCommand command, String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> out() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private List<String> err() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void intactChainIsOneLineAndZero() {
    recordEntries(12);
    assertThat(run("--tenant", tenant.toString())).isZero();
    assertThat(out()).containsExactly("audit: tenant " + tenant + ": 12 entries intact");
    assertThat(err()).isEmpty();
  }

  @Test
  void brokenChainIsOneLineOnErrNamingTheEntryAndOne() throws Exception {
    recordEntries(20);
    Dba.tamper("update audit_entry set details = '{}' where tenant_id = ? and seq = 17", tenant.value());
    assertThat(run("--tenant", tenant.toString())).isEqualTo(1);
    assertThat(err()).containsExactly("audit: tenant " + tenant + ": chain broken at entry 17 (hash mismatch)");
    assertThat(out()).isEmpty();
  }

  @Test
  void everyChainWithoutTenantReportsEachOnItsStream() throws Exception {
    recordEntries(2);
    TenantId broken = TenantId.random();
    transactions().executeWithoutResult(status -> trail.record(event(broken, 1)));
    Dba.tamper("delete from audit_entry where tenant_id = ?", broken.value());
    assertThat(run()).isEqualTo(1);
    assertThat(out()).contains("audit: tenant " + tenant + ": 2 entries intact");
    assertThat(err()).contains("audit: tenant " + broken + ": chain broken at entry 1 (head mismatch)");
    assertThat(err()).allMatch(line -> line.matches("audit: tenant \\S+: chain broken at entry \\d+ \\([a-z ]+\\)"));
  }

  @Test
  void unknownTenantOrBadArgumentsAreUsage() {
    assertThat(run("--tenant", "no-such-firm")).isEqualTo(CliCommand.USAGE);
    assertThat(run("--tenant", TenantId.random().toString())).isEqualTo(CliCommand.USAGE);
    assertThat(run("--tenant")).isEqualTo(CliCommand.USAGE);
    assertThat(run("--all", "--tenant", "x")).isEqualTo(CliCommand.USAGE);
    assertThat(err()).hasSize(4).allMatch(line -> line.startsWith("audit: ") && !line.contains("no-such-firm"));
    assertThat(out()).isEmpty();
  }

  @Test
  void tenantsAreNamedBySlugWhenADirectoryKnowsThem() {
    String slug = "firm-" + tenant.value().toString().substring(0, 8);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("insert into tenant (id, slug, name, created_at, updated_at) values (:id, :slug, :name, :now, :now)")
        .param("id", tenant.value()).param("slug", slug).param("name", "Firm").param("now", now).update();
    recordEntries(2);
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("directory", new TenantTable());
    AuditVerifyCommand command = new AuditVerifyCommand(verifier, beans.getBeanProvider(TenantDirectory.class));
    assertThat(run(command, "--tenant", slug)).isZero();
    assertThat(out()).containsExactly("audit: tenant " + slug + ": 2 entries intact");
  }

  /** A directory over the tenant table, standing in for the identity module's. */
  private final class TenantTable implements TenantDirectory {

    @Override
    public Optional<TenantRef> findBySlug(String slug) {
      return jdbc.sql("select id, slug from tenant where slug = :slug").param("slug", slug)
          .query((rs, row) -> new TenantRef(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2))).optional();
    }

    @Override
    public Optional<TenantRef> findById(TenantId id) {
      return jdbc.sql("select id, slug from tenant where id = :id").param("id", id.value())
          .query((rs, row) -> new TenantRef(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2))).optional();
    }

    @Override
    public List<TenantRef> all() {
      return jdbc.sql("select id, slug from tenant order by slug")
          .query((rs, row) -> new TenantRef(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2))).list();
    }
  }
}
