package io.extreme.protocol.v3;

import java.util.HexFormat;

/** Byte vectors written as hex, spaces allowed, as PROTOCOL.md shows them. */
final class Hex {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static String of(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }
}
