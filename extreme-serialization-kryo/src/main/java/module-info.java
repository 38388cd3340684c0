/**
 * Events as Kryo 5 binary: a {@link io.extreme.serialization.Serializer} for typed appends and reads, found
 * through {@link io.extreme.serialization.SerializerProvider} under the name {@code "kryo"}.
 *
 * <p>Kryo reaches into event classes reflectively. A public record in an exported package needs
 * nothing more; any other event class needs its package opened to Kryo in the application's
 * module descriptor: {@code opens com.example.events to com.esotericsoftware.kryo;}.
 *
 * <p>The API is transitive because this module's public classes implement its ports. Kryo and
 * its dependencies (reflectasm, objenesis, minlog) are automatic modules; no Kryo type appears in
 * this module's API, so that requirement is not transitive.
 */
module io.extreme.serialization.kryo {
    requires transitive io.extreme.api;
    requires com.esotericsoftware.kryo;

    exports io.extreme.serialization.kryo;

    provides io.extreme.serialization.SerializerProvider with io.extreme.serialization.kryo.KryoSerializerProvider;
}
