/**
 * The engine of the typed API: {@code Serialization} chooses the serializer and the event type
 * mapping and decodes and encodes events; {@code TypedView} is the {@code TypedClient} over a
 * client; {@code TypedAdapters} wrap typed handlers and listeners into the untyped ones the
 * subscriptions call.
 */
package io.extreme.internal.typed;
