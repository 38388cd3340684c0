package io.extreme.protocol.core.samples;

import java.util.HexFormat;

/** Byte vectors written as hex, spaces allowed, as PROTOCOL.md shows them. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    /** The bytes of {@code hex}; spaces are ignored. */
    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** Upper-case hex, a space between bytes. */
    public static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }
}
