package io.extreme.testkit.engine;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object as the real server writes the documents it builds itself (PROTOCOL.md §12.1 #11):
 * Newtonsoft with camel-case names, indented by two spaces with {@code \n} line ends, and
 * {@code NullValueHandling.Ignore} plus {@code DefaultValueHandling.Ignore}, so a property whose
 * value is its type's default (null, 0, false) is left out. Names are given already in camel
 * case, in the order the server's class declares them.
 *
 * <p>Times are written as Newtonsoft writes a {@code DateTime.Now} (kind Local, ISO 8601 with
 * round-trip kind): up to seven fraction digits with trailing zeros dropped, then the zone's
 * offset. The real texts seen so far are normalised to {@code <time>} by the transcripts, so that
 * layout is read from Newtonsoft's documented defaults and is unconfirmed on the wire.
 */
final class ServerJson {
    private final List<String> members = new ArrayList<>();

    private ServerJson() {
    }

    static ServerJson object() {
        return new ServerJson();
    }

    /** A text property; null is left out, an empty text is not (it is not a string's default). */
    ServerJson text(String name, String value) {
        if (value != null) {
            members.add(quote(name) + ": " + quote(value));
        }
        return this;
    }

    /** A number property; 0 is left out. */
    ServerJson number(String name, long value) {
        if (value != 0) {
            members.add(quote(name) + ": " + value);
        }
        return this;
    }

    /** A time property, a local {@code DateTime} in {@code zone}; null is left out. */
    ServerJson time(String name, Instant value, ZoneId zone) {
        if (value != null) {
            members.add(quote(name) + ": " + quote(localTime(value, zone)));
        }
        return this;
    }

    /** The indented document; {@code {}} when every property was left out, as Newtonsoft writes it. */
    String indented() {
        if (members.isEmpty()) {
            return "{}";
        }
        return "{\n  " + String.join(",\n  ", members) + "\n}";
    }

    byte[] indentedBytes() {
        return indented().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 2024-05-01T10:00:00.1234567+00:00}: .NET ticks are 100 ns, so nanoseconds are cut to 7 digits. */
    static String localTime(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofInstant(instant, offset);
        StringBuilder out = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", local.getYear(),
                local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond()));
        String fraction = String.format("%07d", local.getNano() / 100).replaceFirst("0+$", "");
        if (!fraction.isEmpty()) {
            out.append('.').append(fraction);
        }
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return out.append(seconds < 0 ? '-' : '+').append(String.format("%02d:%02d", minutes / 60, minutes % 60))
                .toString();
    }

    /** A JSON string with the escapes Newtonsoft writes by default (control characters, quote, backslash). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
