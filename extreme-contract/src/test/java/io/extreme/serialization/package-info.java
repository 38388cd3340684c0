/**
 * The serializer plugins through the whole client: typed round trips and typed handlers with
 * JSON and Kryo, the JSON flag, a user's own serializer found by name, and events that cannot
 * be decoded.
 */
package io.extreme.serialization;
