/**
 * Events as JSON with Jackson: {@link io.extreme.serialization.json.JsonSerializer} turns the
 * objects of a typed append into JSON event data (sent with EventStore's JSON flag, so
 * projections and the web UI can read it) and the data of a typed read back into objects. Found
 * through {@link io.extreme.serialization.SerializerProvider} under the name {@code "json"}.
 *
 * <p>Jackson builds your event classes reflectively: a named module that holds them must open
 * their package to {@code com.fasterxml.jackson.databind} (or to everyone).
 */
module io.extreme.serialization.json {
    // JsonSerializer is a Serializer, and JsonSerializer.using takes an ObjectMapper: users of
    // this module need both types without requiring their modules themselves.
    requires transitive io.extreme.api;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports io.extreme.serialization.json;

    provides io.extreme.serialization.SerializerProvider with io.extreme.serialization.json.JsonSerializerProvider;
}
