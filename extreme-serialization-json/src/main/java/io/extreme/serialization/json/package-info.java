/**
 * The JSON serializer: {@link io.extreme.serialization.json.JsonSerializer} (Jackson, with
 * records, {@code java.time} as ISO-8601 text and {@code Optional}, or your own
 * {@code ObjectMapper}), and {@link io.extreme.serialization.json.JsonSerializerProvider}, which
 * the client finds with {@link java.util.ServiceLoader} under the name {@code "json"}.
 */
package io.extreme.serialization.json;
