/**
 * Extreme for Java: the entry point and the client. {@link io.extreme.Extreme} connects an
 * {@link io.extreme.ExtremeClient} for {@link io.extreme.ExtremeSettings} (built, or parsed from a
 * URI or properties by {@link io.extreme.SettingsParser}); {@link io.extreme.Endpoint},
 * {@link io.extreme.UserCredentials}, {@link io.extreme.ClusterSettings} and
 * {@link io.extreme.NodePreference} say where and as whom; {@link io.extreme.ConnectionListener}
 * hears the connection's life; {@link io.extreme.RawReply} is a raw command's answer.
 *
 * <p>The topics the client speaks of have packages of their own, below this one:
 * {@code io.extreme.event} (events, versions, positions, slices and results),
 * {@code io.extreme.metadata}, {@code io.extreme.subscription} (volatile and catch-up
 * subscriptions, Flow publishers, {@code Listener}, {@code FanoutListener}),
 * {@code io.extreme.persistent}, {@code io.extreme.typed} (objects in, objects out) and
 * {@code io.extreme.error} (every exception the client throws, under {@code ExtremeException}).
 * This package is the top of the public API: it imports those, and none of them imports it, so
 * that each can be read, and changed, on its own. The engine behind the client lives in
 * {@code io.extreme.internal}, which the module does not export; {@link io.extreme.Extreme}
 * finds it with {@link java.util.ServiceLoader} rather than importing it.
 */
package io.extreme;
