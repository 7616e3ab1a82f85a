package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys commands' answers to bad usage: one line, exit 2, nothing done (no collaborator is called). */
class KeysCommandsTest {

  private record Answer(int code, String out, String err) {}

  private static Answer run(CliCommand command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertUsage(Answer answer, String line) {
    assertThat(answer.code()).isEqualTo(CliCommand.USAGE);
    assertThat(answer.out()).isEmpty();
    assertThat(answer.err().lines().toList()).containsExactly(line);
  }

  @Test
  void destructionNeedsTheSlugTwiceAndTheSameBothTimes() {
    KeysDestroyCommand destroy = new KeysDestroyCommand(null, null);
    assertUsage(run(destroy, "--tenant", "acme"), "keys: usage: keys destroy --tenant SLUG --confirm SLUG");
    assertUsage(run(destroy, "--tenant", "acme", "--confirm", "acme-other"),
        "keys: --confirm must repeat the tenant's slug; nothing was destroyed");
    assertUsage(run(destroy, "--tenant", "acme", "--confirm", "acme", "--force"),
        "keys: usage: keys destroy --tenant SLUG --confirm SLUG");
  }

  @Test
  void anUnknownTenantOrThePlatformIsNotFound() {
    TenantDirectory directory = new TenantDirectory() {
      @Override
      public Optional<TenantRef> findBySlug(String slug) {
        return slug.equals("platform") ? Optional.of(TenantRef.PLATFORM) : Optional.empty();
      }

      @Override
      public Optional<TenantRef> findById(TenantId id) {
        return Optional.empty();
      }

      @Override
      public List<TenantRef> all() {
        return List.of(TenantRef.PLATFORM);
      }
    };
    ObjectProvider<TenantDirectory> provider = new StaticListableBeanFactory(Map.of("directory", directory))
        .getBeanProvider(TenantDirectory.class);
    assertUsage(run(new KeysRotateCommand(null, null, provider), "--tenant", "no-such-firm"),
        "keys: no tenant has that slug");
    assertUsage(run(new KeysDestroyCommand(null, provider), "--tenant", "platform", "--confirm", "platform"),
        "keys: no tenant has that slug");
  }

  @Test
  void rotationNeedsATenantAndNothingElse() {
    KeysRotateCommand rotate = new KeysRotateCommand(null, null, null);
    assertUsage(run(rotate), "keys: usage: keys rotate --tenant SLUG [--background]");
    assertUsage(run(rotate, "--tenant"), "keys: usage: keys rotate --tenant SLUG [--background]");
    assertUsage(run(rotate, "--tenant", "a", "--tenant", "b"), "keys: usage: keys rotate --tenant SLUG [--background]");
    assertUsage(run(new KeysRotateMasterCommand(null), "--to"), "keys: usage: keys rotate-master --to NEW_MASTER_KEY_URI");
    assertUsage(run(new KeysRotateMasterCommand(null), "--to", "not a uri"), "keys: the new master key URI is not a URI");
    assertUsage(run(new KeysStatusCommand(null, null, null, null), "--all"), "keys: usage: keys status [--tenant SLUG]");
  }
}
