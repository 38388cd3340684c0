/**
 * The typed API: objects in, objects out. {@link io.extreme.TypedClient} (from
 * {@code client.typed()}) writes {@link io.extreme.typed.TypedEventData} and reads
 * {@link io.extreme.typed.TypedEvent}s through a serializer; {@link io.extreme.typed.EventTypeMapping}
 * and {@link io.extreme.typed.EventTypeRegistry} name the classes on the wire, and
 * {@link io.extreme.typed.SerializationSettings} gather the choice of serializer, mapping and what
 * happens to {@link io.extreme.typed.UndecodableEvents}.
 *
 * <p>Serializers are plugins ({@code io.extreme.serialization}); the adapters that decode for
 * subscriptions and listeners are in {@code io.extreme.internal.typed}.
 */
package io.extreme.typed;
