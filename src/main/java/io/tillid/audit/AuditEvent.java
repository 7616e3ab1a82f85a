package io.tillid.audit;

import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something to record. {@code actor} and {@code targetId} are ids ({@code user:UUID},
 * {@code system:import}), never names or e-mail addresses; {@code details} likewise hold no
 * personal data.
 *
 * @param tenant whose chain the entry joins ({@link TenantId#PLATFORM} for platform events)
 * @param actor who did it
 * @param action what was done, past tense, dotted: {@code user.created}
 * @param targetType the kind of object acted on, or null
 * @param targetId the object's id, or null
 * @param details further facts, sorted by key when hashed
 */
public record AuditEvent(TenantId tenant, String actor, String action, String targetType, String targetId,
    Map<String, String> details) {

  public AuditEvent {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    details = details == null ? Map.of() : Map.copyOf(new TreeMap<>(details));
  }

  public static AuditEvent of(TenantId tenant, String actor, String action, String targetType, String targetId) {
    return new AuditEvent(tenant, actor, action, targetType, targetId, Map.of());
  }
}
