/**
 * The client itself: {@code ClientCore} wires a transport, codec, discovery and serialization
 * into a connection engine and owns the threads; {@code ClientView} is the {@code ExtremeClient}
 * over it with one set of credentials, checking arguments ({@code Arguments}) and starting
 * operations, subscriptions and listeners; {@code ClientEngine} is what {@code Extreme.connect}
 * finds. The top of the engine: it imports the other internal packages, none imports it.
 */
package io.extreme.internal.client;
