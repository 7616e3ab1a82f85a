package io.tillid.identity.internal;

import io.tillid.platform.TenantId;

/** A tenant as stored; slug and name are public, not personal data. */
record TenantRow(TenantId id, String slug, String name) {}
