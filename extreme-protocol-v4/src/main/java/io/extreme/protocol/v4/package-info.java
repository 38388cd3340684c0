/**
 * Protocol v4, the schema of EventStore 3.9.4, 4.x and later: {@link io.extreme.protocol.v4.V4Codec}
 * and its ServiceLoader provider, named {@code "v4"}, and {@link io.extreme.protocol.v4.V4Commands},
 * raw access with the schema's own protobuf messages. The mapping itself is the protocol core's,
 * under its v4 dialect.
 */
package io.extreme.protocol.v4;
