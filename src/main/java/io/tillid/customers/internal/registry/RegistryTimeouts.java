package io.tillid.customers.internal.registry;

import java.time.Duration;

/** How long to wait for a registry to accept the connection and to answer. */
public record RegistryTimeouts(Duration connect, Duration read) {}
