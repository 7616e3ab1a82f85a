package io.tillid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.access.DatasetAttributes;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KycCaseTest {

  private static final DatasetAttributes GENERAL_DK = new DatasetAttributes("general", null, "DK");

  private static KycCase ready(CddLevel level, boolean highRisk) {
    KycCase kycCase = KycCase.open(UUID.randomUUID(), "person", GENERAL_DK, level, highRisk, "user:preparer");
    kycCase.checklist().forEach(item -> kycCase.tick(item, "user:preparer"));
    return kycCase;
  }

  @Test
  void theChecklistGrowsWithTheCddLevelAndForCompanies() {
    assertThat(Checklist.items(CddLevel.SIMPLIFIED, "person")).hasSize(3);
    assertThat(Checklist.items(CddLevel.STANDARD, "person")).hasSize(5);
    assertThat(Checklist.items(CddLevel.ENHANCED, "person")).hasSize(8).contains("source_of_wealth");
    assertThat(Checklist.items(CddLevel.STANDARD, "company")).contains("beneficial_owners_identified");
  }

  @Test
  void anIncompleteChecklistCannotBeSubmitted() {
    KycCase kycCase = KycCase.open(UUID.randomUUID(), "person", GENERAL_DK, CddLevel.STANDARD, false, "user:a");
    kycCase.tick("identity_verified", "user:a");
    assertThatThrownBy(() -> kycCase.submit("user:a")).isInstanceOf(CaseRuleViolation.class)
        .extracting(e -> ((CaseRuleViolation) e).rule()).isEqualTo("checklist-incomplete");
    assertThatThrownBy(() -> kycCase.tick("not_an_item", "user:a")).isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void anEnhancedCaseCannotBeApprovedByItsPreparerButBySomeoneElse() {
    KycCase kycCase = ready(CddLevel.ENHANCED, false);
    kycCase.submit("user:preparer");
    assertThat(kycCase.needsFourEyes()).isTrue();
    assertThatThrownBy(() -> kycCase.approve("user:preparer")).isInstanceOf(CaseRuleViolation.class)
        .extracting(e -> ((CaseRuleViolation) e).rule()).isEqualTo(CaseRuleViolation.FOUR_EYES);
    assertThat(kycCase.state()).isEqualTo(CaseState.IN_REVIEW);
    kycCase.approve("user:second");
    assertThat(kycCase.state()).isEqualTo(CaseState.APPROVED);
    assertThat(kycCase.decidedBy()).isEqualTo("user:second");
  }

  @Test
  void aHighRiskCaseNeedsFourEyesEvenAtStandardLevel() {
    KycCase kycCase = ready(CddLevel.STANDARD, true);
    kycCase.submit("user:preparer");
    assertThatThrownBy(() -> kycCase.approve("user:preparer")).isInstanceOf(CaseRuleViolation.class);
  }

  @Test
  void aStandardCaseMayBeApprovedByItsPreparer() {
    KycCase kycCase = ready(CddLevel.STANDARD, false);
    kycCase.submit("user:preparer");
    kycCase.approve("user:preparer");
    assertThat(kycCase.state()).isEqualTo(CaseState.APPROVED);
  }

  @Test
  void theWorkflowMovesOnlyAlongItsEdgesAndRecordsEachStep() {
    KycCase kycCase = ready(CddLevel.STANDARD, false);
    kycCase.awaitCustomer("user:a");
    assertThatThrownBy(() -> kycCase.awaitCustomer("user:a")).isInstanceOf(CaseRuleViolation.class);
    kycCase.resume("user:a");
    kycCase.submit("user:a");
    kycCase.sendBack("user:b");
    assertThat(kycCase.state()).isEqualTo(CaseState.DRAFT);
    kycCase.submit("user:a");
    kycCase.reject("user:b", "documents forged");
    assertThatThrownBy(() -> kycCase.approve("user:b")).isInstanceOf(CaseRuleViolation.class);
    assertThat(kycCase.takeEvents()).extracting(KycCase.CaseEvent::action).contains("case.opened",
        "case.awaiting_customer", "case.resumed", "case.submitted", "case.sent_back", "case.rejected");
  }
}
