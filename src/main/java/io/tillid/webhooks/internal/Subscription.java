package io.tillid.webhooks.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tenant's webhook endpoint and the event types it receives (the secret is never part of it). */
record Subscription(UUID id, String url, List<String> eventTypes, String description, String createdBy,
    Instant createdAt, Instant secretRotatedAt) {}
