/**
 * The engine of a persistent subscription's consumer ({@code PersistentConsumer}): delivers the
 * pushed events to the listener one at a time, acknowledges them (by itself or as the
 * application says) and refuses them with the chosen {@code NackAction}.
 */
package io.extreme.internal.persistent;
