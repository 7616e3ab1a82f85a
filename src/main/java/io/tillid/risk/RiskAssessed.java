package io.tillid.risk;

import io.tillid.platform.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when {@link RiskAssessments#assessAndStore} stores a new assessment (not when the
 * inputs were unchanged), in the same transaction: cases can adjust their CDD checklist and the
 * periodic review its due date.
 *
 * @param tenant whose customer it is
 * @param customerId the customer assessed
 * @param assessmentId the new assessment
 * @param level the new risk level
 * @param cddLevel the new due-diligence level
 * @param nextReviewDue the new review date
 * @param previousLevel the level of the assessment before, or null for the first
 */
public record RiskAssessed(TenantId tenant, UUID customerId, UUID assessmentId, RiskLevel level, CddLevel cddLevel,
    LocalDate nextReviewDue, RiskLevel previousLevel) {}
