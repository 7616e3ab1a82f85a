package io.tillid.platform;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant whose rows the current thread may see: the application layer of tenant isolation
 * tells the database layer (PostgreSQL row-level security) who is asking. Every database
 * connection handed out while a scope is current is set to it, so a query that forgets its
 * {@code tenant_id} filter still sees only this tenant's rows, and a row for another tenant
 * cannot be written.
 *
 * <p>Scopes nest and are restored when left. Web requests of a signed-in principal run in its
 * tenant's scope; code that runs before a principal is known (sign-in, e-mailed links, commands)
 * chooses a scope itself. Outside any scope no tenant-owned row is visible.
 *
 * <p><b>Choose the scope before a transaction begins.</b> A transaction takes its connection when
 * it begins, and that connection keeps the scope current at that moment until it ends. Entering a
 * different scope while a transaction is open would silently leave the connection on the old
 * tenant, so it throws {@link IllegalStateException} instead: call {@code TenantScope.call(...)}
 * around the {@code @Transactional} method, never inside it. Entering the scope that is already
 * current is always allowed.
 *
 * <p>{@link #system} is for the few operations that span tenants by nature (an import file with
 * several tenants, verifying every audit chain, finding a single-use link by its token hash,
 * housekeeping); each names its reason.
 */
public final class TenantScope {

  private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

  private TenantScope() {}

  /** A tenant's scope, or the system scope (no tenant, every row). */
  private record Scope(TenantId tenant, String systemReason) {

    boolean sameAs(Scope other) {
      return other != null && Objects.equals(tenant, other.tenant)
          && (systemReason == null) == (other.systemReason == null);
    }
  }

  /** Runs {@code work} in the tenant's scope and returns its result. */
  public static <T> T call(TenantId tenant, Supplier<T> work) {
    try (Entered ignored = enter(tenant)) {
      return work.get();
    }
  }

  /** Runs {@code work} in the tenant's scope. */
  public static void run(TenantId tenant, Runnable work) {
    try (Entered ignored = enter(tenant)) {
      work.run();
    }
  }

  /** Runs {@code work} across all tenants; {@code reason} says why it must (never personal data). */
  public static <T> T system(String reason, Supplier<T> work) {
    try (Entered ignored = enterSystem(reason)) {
      return work.get();
    }
  }

  /** Enters the tenant's scope until the result is closed (for filters, whose work throws checked exceptions). */
  public static Entered enter(TenantId tenant) {
    return push(new Scope(Objects.requireNonNull(tenant, "tenant"), null));
  }

  /** Enters the system scope until the result is closed. */
  public static Entered enterSystem(String reason) {
    return push(new Scope(null, Objects.requireNonNull(reason, "reason")));
  }

  /** The current tenant, if a tenant's scope is current (not the system scope). */
  public static Optional<TenantId> currentTenant() {
    Scope scope = CURRENT.get();
    return scope == null ? Optional.empty() : Optional.ofNullable(scope.tenant());
  }

  /** Whether the system scope is current. */
  public static boolean isSystem() {
    Scope scope = CURRENT.get();
    return scope != null && scope.systemReason() != null;
  }

  private static Entered push(Scope next) {
    Scope previous = CURRENT.get();
    if (!next.sameAs(previous) && TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("tenant scope changed inside an open transaction: "
          + "its connection keeps the scope it began with; choose the scope before the transaction begins");
    }
    CURRENT.set(next);
    return new Entered(previous);
  }

  /** A scope entered; closing it restores the one before. */
  public static final class Entered implements AutoCloseable {

    private final Scope previous;

    private Entered(Scope previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
