package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with organisation, e-mail address and password. Every failure (unknown organisation or
 * user, wrong password, disabled account) is the same generic one after the same Argon2id work: a
 * missing account is checked against a dummy hash, so timing does not tell which it was. The
 * {@link SignInGuard} counts every attempt and refuses locked accounts and throttled addresses
 * after the same work and with the same answer.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final String FAILED = "Sign-in failed";

  private final SignInAccounts accounts;
  private final PasswordEncoder encoder;
  private final String dummyHash;
  private final SignInGuard guard;
  private final SignInStageGate stages;
  private final PasswordUpgrade upgrade;

  PasswordSignIn(SignInAccounts accounts, PasswordEncoder encoder, SignInGuard guard, SignInStageGate stages,
      PasswordUpgrade upgrade) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.guard = guard;
    this.stages = stages;
    this.upgrade = upgrade;
    this.dummyHash = encoder.encode(UUID.randomUUID().toString());
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String slug = attempt.getDetails() instanceof SignInDetails details ? details.tenantSlug() : "";
    String name = attempt.getName();
    String email = EmailAddresses.normalize(name == null ? "" : name);
    Object credentials = attempt.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    Optional<SignInAccount> account = SLUG.matcher(slug).matches() && EmailAddresses.isValid(email)
        ? accounts.find(slug, email) : Optional.empty();
    // The account's realm (its tenant, or the platform for staff and unknown accounts) is the scope
    // of everything that follows; the address throttle belongs to the platform.
    TenantId realm = account.map(found -> found.principal().tenantId()).orElse(TenantId.PLATFORM);
    Outcome outcome = TenantScope.call(realm, () -> verify(attempt, account, slug, email, password));
    if (outcome.signedIn() == null) {
      TenantScope.run(TenantId.PLATFORM, () -> guard.addressFailed(outcome.attempt()));
      throw new BadCredentialsException(FAILED);
    }
    return outcome.signedIn();
  }

  /** The guarded attempt and, unless it was refused, the (possibly staged) authentication. */
  private record Outcome(SignInGuard.Attempt attempt, Authentication signedIn) {}

  private Outcome verify(Authentication attempt, Optional<SignInAccount> account, String slug,
      String email, String password) {
    SignInGuard.Attempt guarded = guard.open(account.map(SignInAccount::principal), slug, email,
        attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    Optional<String> storedHash = account.map(SignInAccount::passwordHash);
    boolean matches = encoder.matches(password, storedHash.orElse(dummyHash));
    boolean verified = storedHash.isPresent() && matches;
    boolean active = account.isPresent() && account.get().active();
    Authentication staged = verified && active ? stages.afterPassword(token(account.get(), attempt)) : null;
    // With a second factor to come, the attempt stays counted until that factor succeeds.
    boolean complete = staged != null && !SignInStage.has(staged, SignInStage.SECOND_FACTOR);
    if (!guard.settle(guarded, verified, active, complete)) {
      return new Outcome(guarded, null);
    }
    upgrade.ifWeaker(account.get().principal(), storedHash.get(), password);
    return new Outcome(guarded, staged);
  }

  private static UsernamePasswordAuthenticationToken token(SignInAccount account, Authentication attempt) {
    UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
        account.principal(), null,
        account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    signedIn.setDetails(attempt.getDetails());
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
