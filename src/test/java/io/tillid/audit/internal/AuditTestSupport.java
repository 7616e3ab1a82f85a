package io.tillid.audit.internal;

import org.springframework.transaction.support.TransactionCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import io.tillid.platform.TenantScope;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.audit.AuditVerifier;
import io.tillid.support.IntegrationTest;
import io.tillid.platform.TenantId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Base of the audit module's integration tests: a fresh tenant each test, and ways to write to its chain. */
abstract class AuditTestSupport extends IntegrationTest {

  @Autowired
  AuditTrail trail;

  @Autowired
  AuditVerifier verifier;

  @Autowired
  PlatformTransactionManager transactionManager;

  final TenantId tenant = TenantId.random();

  /** Transactions in the system scope (on any thread): these tests are about chains, not isolation. */
  TransactionTemplate transactions() {
    return new TransactionTemplate(transactionManager) {
      @Override
      public <T> T execute(TransactionCallback<T> action) {
        return TenantScope.system("test: audit chains", () -> super.execute(action));
      }
    };
  }

  private TenantScope.Entered scope;

  @BeforeEach
  void systemScope() {
    scope = TenantScope.enterSystem("test: audit chains");
  }

  @AfterEach
  void leaveScope() {
    scope.close();
  }

  static AuditEvent event(TenantId tenant, int n) {
    return new AuditEvent(tenant, "user:" + n, "thing.changed", "thing", Integer.toString(n),
        Map.of("n", Integer.toString(n), "note", "plain \"text\" ✓"));
  }

  /** Records entries 1..count of this test's tenant, each in a transaction of its own. */
  void recordEntries(int count) {
    for (int i = 1; i <= count; i++) {
      int n = i;
      transactions().executeWithoutResult(status -> trail.record(event(tenant, n)));
    }
  }
}
