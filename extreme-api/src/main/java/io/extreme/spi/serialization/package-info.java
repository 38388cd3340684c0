/**
 * The serialization port of the typed API: a {@link io.extreme.spi.serialization.Serializer}
 * turns objects into event bytes and back, found by name through its
 * {@link io.extreme.spi.serialization.SerializerProvider} (extreme-serialization-json,
 * extreme-serialization-kryo) or given in the settings;
 * {@link io.extreme.spi.serialization.SerializationException} is what it throws.
 */
package io.extreme.spi.serialization;
