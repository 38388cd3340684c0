package io.extreme;

import java.util.Locale;

/**
 * The version of EventStore's TCP protocol a client speaks, as a setting
 * ({@link ExtremeSettings.Builder#protocol(ProtocolVersion)}) and as what a connection negotiated
 * ({@link ExtremeClient#protocol()}).
 */
public enum ProtocolVersion {
    /** EventStore 3.x: 32-bit event numbers, no IdentifyClient. */
    V3("3"),
    /** EventStore 4.x and later: 64-bit event numbers, IdentifyClient with the connection name. */
    V4("4"),
    /** Ask the server (IdentifyClient first): its answer decides V3 or V4. Only a setting, never negotiated. */
    AUTO("auto");

    private final String setting;

    ProtocolVersion(String setting) {
        this.setting = setting;
    }

    /** The value as written in a connection string or settings file: {@code "3"}, {@code "4"} or {@code "auto"}. */
    public String settingValue() {
        return setting;
    }

    /**
     * The version a setting names: {@code 3}, {@code 4}, {@code auto} (also {@code v3}, {@code v4},
     * any case).
     *
     * @throws IllegalArgumentException for anything else, naming what is allowed
     */
    public static ProtocolVersion parse(String value) {
        if (value != null) {
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "3", "v3" -> { return V3; }
                case "4", "v4" -> { return V4; }
                case "auto" -> { return AUTO; }
                default -> { }
            }
        }
        throw new IllegalArgumentException("protocol must be 3, 4 or auto, was '" + value + "'");
    }

    /** The version numbered {@code number} (3 or 4). */
    public static ProtocolVersion of(int number) {
        return switch (number) {
            case 3 -> V3;
            case 4 -> V4;
            default -> throw new IllegalArgumentException("protocol version must be 3 or 4, was " + number);
        };
    }
}
