package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TenantScopeTest {

  private final TenantId a = TenantId.random();
  private final TenantId b = TenantId.random();

  @AfterEach
  void noTransaction() {
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }

  @Test
  void scopesNestAndAreRestored() {
    assertThat(TenantScope.currentTenant()).isEmpty();
    TenantScope.run(a, () -> {
      assertThat(TenantScope.currentTenant()).contains(a);
      TenantScope.run(b, () -> assertThat(TenantScope.currentTenant()).contains(b));
      assertThat(TenantScope.currentTenant()).contains(a);
      assertThat(TenantScope.system("test", TenantScope::isSystem)).isTrue();
      assertThat(TenantScope.isSystem()).isFalse();
    });
    assertThat(TenantScope.currentTenant()).isEmpty();
    assertThat(TenantScope.isSystem()).isFalse();
  }

  @Test
  void aScopeIsRestoredWhenTheWorkThrows() {
    assertThatThrownBy(() -> TenantScope.run(a, () -> {
      throw new IllegalArgumentException("boom");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(TenantScope.currentTenant()).isEmpty();
  }

  @Test
  void switchingScopeInsideATransactionFailsLoudly() {
    TenantScope.run(a, () -> {
      TransactionSynchronizationManager.setActualTransactionActive(true);
      assertThatThrownBy(() -> TenantScope.run(b, () -> { }))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside an open transaction");
      assertThatThrownBy(() -> TenantScope.system("test", () -> 1)).isInstanceOf(IllegalStateException.class);
      assertThat(TenantScope.call(a, () -> 1)).as("the same scope again").isEqualTo(1);
      assertThat(TenantScope.currentTenant()).contains(a);
      TransactionSynchronizationManager.setActualTransactionActive(false);
    });
    TransactionSynchronizationManager.setActualTransactionActive(true);
    assertThatThrownBy(() -> TenantScope.run(a, () -> { })).as("from no scope into one")
        .isInstanceOf(IllegalStateException.class);
  }
}
