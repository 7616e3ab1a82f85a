package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.audit.ChainVerification;
import io.tillid.audit.ChainVerification.Break;
import io.tillid.audit.ChainVerification.Reason;
import org.junit.jupiter.api.Test;

/** What a database administrator who switches the triggers off can do, and how verification shows it. */
class AuditTamperIT extends AuditTestSupport {

  @Test
  void changedDetailsNameExactlyThatEntry() throws Exception {
    recordEntries(5);
    assertThat(Dba.tamper("update audit_entry set details = ? where tenant_id = ? and seq = 3",
        "{\"n\":\"30\"}", tenant.value())).isEqualTo(1);
    ChainVerification result = verifier.verify(tenant);
    assertThat(result.firstBreak()).isEqualTo(new Break(3, Reason.HASH_MISMATCH));
    assertThat(result.entries()).isEqualTo(2);
  }

  @Test
  void deletedLastEntryShowsAgainstTheHead() throws Exception {
    recordEntries(4);
    assertThat(Dba.tamper("delete from audit_entry where tenant_id = ? and seq = 4", tenant.value())).isEqualTo(1);
    assertThat(verifier.verify(tenant).firstBreak()).isEqualTo(new Break(4, Reason.HEAD_MISMATCH));
  }

  @Test
  void deletedEntryInTheMiddleIsAGap() throws Exception {
    recordEntries(4);
    Dba.tamper("delete from audit_entry where tenant_id = ? and seq = 2", tenant.value());
    assertThat(verifier.verify(tenant).firstBreak()).isEqualTo(new Break(2, Reason.MISSING_ENTRY));
  }

  @Test
  void changedPreviousHashIsALinkMismatch() throws Exception {
    recordEntries(3);
    Dba.tamper("update audit_entry set prev_hash = ? where tenant_id = ? and seq = 2", "e".repeat(64), tenant.value());
    assertThat(verifier.verify(tenant).firstBreak()).isEqualTo(new Break(2, Reason.LINK_MISMATCH));
  }

  @Test
  void chainsLongerThanAPageVerifyAndBreakWhereTampered() throws Exception {
    int length = JdbcAuditVerifier.PAGE * 2 + 3;
    transactions().executeWithoutResult(status -> {
      for (int n = 1; n <= length; n++) {
        trail.record(event(tenant, n));
      }
    });
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, length));
    Dba.tamper("update audit_entry set actor = 'user:someone-else' where tenant_id = ? and seq = ?", tenant.value(),
        JdbcAuditVerifier.PAGE + 7);
    assertThat(verifier.verify(tenant).firstBreak()).isEqualTo(new Break(JdbcAuditVerifier.PAGE + 7, Reason.HASH_MISMATCH));
  }
}
