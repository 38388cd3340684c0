package io.extreme.internal.catchup;

import io.extreme.ExtremeClient;
import io.extreme.UserCredentials;
import io.extreme.internal.connection.ConnectionEngine;

/**
 * Where a catch-up reads its pages and opens its live subscription: the client view it was
 * started from (its reads carry that view's credentials), the engine under it, and the same
 * credentials for the subscription. A catch-up needs no more of the client than this, so it
 * depends on the engine and the public API, not on the client's implementation.
 *
 * @param client      reads pages and heads, and gives the settings
 * @param engine      the connection the live subscription is submitted to
 * @param credentials what the live subscription is sent with; null for the connection's default
 */
public record CatchUpSource(ExtremeClient client, ConnectionEngine engine, UserCredentials credentials) {
}
