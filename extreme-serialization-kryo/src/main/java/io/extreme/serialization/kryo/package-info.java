/**
 * Kryo 5 serialization of event data: compact binary, not JSON, for events that only Java
 * clients read.
 *
 * <p>Start with {@link io.extreme.serialization.kryo.KryoSerializer#builder()} and register the
 * application's own event classes; common JDK types (collections, {@code List.of} and friends,
 * the {@code Collections.unmodifiable*}/{@code synchronized*} wrappers, {@code java.time},
 * {@code Optional}, {@code UUID}, {@code BigDecimal}) are registered already. A class Kryo could
 * write but not read back is refused when the serializer is built, not when an event is read.
 * Or let the client pick {@link io.extreme.serialization.kryo.KryoSerializerProvider} from the
 * settings ({@code serializer=kryo}, {@code serializer.classes=...}).
 *
 * <p>The wire format: each event's data is one Kryo {@code writeClassAndObject}, so it names its
 * own class by registration id. Ids are part of the format: every writer and reader of a stream
 * must register the same classes in the same order, and a class may be appended to the end of
 * the list but never removed or moved.
 */
package io.extreme.serialization.kryo;
