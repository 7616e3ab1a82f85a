package io.tillid.screening.internal.monitoring;

import java.util.function.Supplier;

/** Runs work in one database transaction (the Spring adapter implements it). */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);
}
