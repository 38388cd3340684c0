package io.extreme.protocol.core;

import io.extreme.protocol.core.samples.CodecProbe;
import io.extreme.spi.ProtocolCodec;
import java.util.stream.Stream;

/** Both dialects, and a codec of each, for the tests that hold for both protocols. */
final class Dialects {
    private Dialects() {
    }

    /** Protocol v3 and v4, a {@code @MethodSource} of parameterised tests. */
    static Stream<Dialect> both() {
        return Stream.of(Dialect.V3, Dialect.V4);
    }

    /** A codec of {@code dialect}, as its module's own class would be. */
    static ProtocolCodec codec(Dialect dialect) {
        return new DialectCodec(dialect) {
        };
    }

    static CodecProbe probe(Dialect dialect) {
        return new CodecProbe(codec(dialect));
    }
}
