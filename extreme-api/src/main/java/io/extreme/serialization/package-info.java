/**
 * Serializers for the typed API: a {@link io.extreme.serialization.Serializer} turns objects
 * into event bytes and back. Applications pick one by name in the settings (found through its
 * {@link io.extreme.serialization.SerializerProvider}: extreme-serialization-json,
 * extreme-serialization-kryo) or give their own; {@link io.extreme.serialization.SerializationException}
 * is what one throws. Both a public package and a plugin port, it stands apart from
 * {@code io.extreme.spi} because the settings and the typed API name it, and those ports see the
 * settings; its plugin modules are its subpackages ({@code io.extreme.serialization.json},
 * {@code io.extreme.serialization.kryo}).
 */
package io.extreme.serialization;
