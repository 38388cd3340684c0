/**
 * Protocol v3, the schema of EventStore 3.0 to 3.9.3: {@link io.extreme.protocol.v3.V3Codec} and
 * its ServiceLoader provider, named {@code "v3"}. The mapping itself is the protocol core's,
 * under its v3 dialect.
 */
package io.extreme.protocol.v3;
