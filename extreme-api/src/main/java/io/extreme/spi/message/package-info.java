/**
 * The protocol-neutral messages that the engine and the testkit exchange through a
 * {@link io.extreme.spi.ProtocolCodec}: one record per protocol message, with {@code long}
 * event numbers and {@link java.util.UUID} ids. Boxed fields are optional on the wire, and
 * {@code null} means the field is absent.
 */
package io.extreme.spi.message;
