/**
 * The mapping between the neutral messages of {@code io.extreme.spi.message} and frames, written
 * once for both protocol versions: {@link io.extreme.protocol.core.DialectCodec} and its encoders
 * and decoders, parameterised by a {@link io.extreme.protocol.core.Dialect} that says how wide
 * event numbers are and which of the schema's messages and fields the version has.
 *
 * <p>Exported only to the v3 and v4 codec modules, which give each dialect its public codec and
 * provider.
 */
package io.extreme.protocol.core;
