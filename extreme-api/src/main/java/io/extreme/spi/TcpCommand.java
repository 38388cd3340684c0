package io.extreme.spi;

/**
 * The command codes of the EventStore TCP protocol that a client or an emulating server uses
 * (PROTOCOL.md §2). Codes are {@code int}s from 0 to 255 so that unknown codes pass through.
 */
public final class TcpCommand {
    public static final int HEARTBEAT_REQUEST = 0x01;
    public static final int HEARTBEAT_RESPONSE = 0x02;
    public static final int PING = 0x03;
    public static final int PONG = 0x04;

    public static final int WRITE_EVENTS = 0x82;
    public static final int WRITE_EVENTS_COMPLETED = 0x83;
    public static final int TRANSACTION_START = 0x84;
    public static final int TRANSACTION_START_COMPLETED = 0x85;
    public static final int TRANSACTION_WRITE = 0x86;
    public static final int TRANSACTION_WRITE_COMPLETED = 0x87;
    public static final int TRANSACTION_COMMIT = 0x88;
    public static final int TRANSACTION_COMMIT_COMPLETED = 0x89;
    public static final int DELETE_STREAM = 0x8A;
    public static final int DELETE_STREAM_COMPLETED = 0x8B;

    public static final int READ_EVENT = 0xB0;
    public static final int READ_EVENT_COMPLETED = 0xB1;
    public static final int READ_STREAM_EVENTS_FORWARD = 0xB2;
    public static final int READ_STREAM_EVENTS_FORWARD_COMPLETED = 0xB3;
    public static final int READ_STREAM_EVENTS_BACKWARD = 0xB4;
    public static final int READ_STREAM_EVENTS_BACKWARD_COMPLETED = 0xB5;
    public static final int READ_ALL_EVENTS_FORWARD = 0xB6;
    public static final int READ_ALL_EVENTS_FORWARD_COMPLETED = 0xB7;
    public static final int READ_ALL_EVENTS_BACKWARD = 0xB8;
    public static final int READ_ALL_EVENTS_BACKWARD_COMPLETED = 0xB9;

    public static final int SUBSCRIBE_TO_STREAM = 0xC0;
    public static final int SUBSCRIPTION_CONFIRMATION = 0xC1;
    public static final int STREAM_EVENT_APPEARED = 0xC2;
    public static final int UNSUBSCRIBE_FROM_STREAM = 0xC3;
    public static final int SUBSCRIPTION_DROPPED = 0xC4;
    public static final int CONNECT_TO_PERSISTENT_SUBSCRIPTION = 0xC5;
    public static final int PERSISTENT_SUBSCRIPTION_CONFIRMATION = 0xC6;
    public static final int PERSISTENT_SUBSCRIPTION_STREAM_EVENT_APPEARED = 0xC7;
    public static final int CREATE_PERSISTENT_SUBSCRIPTION = 0xC8;
    public static final int CREATE_PERSISTENT_SUBSCRIPTION_COMPLETED = 0xC9;
    public static final int DELETE_PERSISTENT_SUBSCRIPTION = 0xCA;
    public static final int DELETE_PERSISTENT_SUBSCRIPTION_COMPLETED = 0xCB;
    public static final int PERSISTENT_SUBSCRIPTION_ACK_EVENTS = 0xCC;
    public static final int PERSISTENT_SUBSCRIPTION_NAK_EVENTS = 0xCD;
    public static final int UPDATE_PERSISTENT_SUBSCRIPTION = 0xCE;
    public static final int UPDATE_PERSISTENT_SUBSCRIPTION_COMPLETED = 0xCF;

    public static final int SCAVENGE_DATABASE = 0xD0;
    public static final int SCAVENGE_DATABASE_COMPLETED = 0xD1;

    public static final int BAD_REQUEST = 0xF0;
    public static final int NOT_HANDLED = 0xF1;
    public static final int AUTHENTICATE = 0xF2;
    public static final int AUTHENTICATED = 0xF3;
    public static final int NOT_AUTHENTICATED = 0xF4;
    public static final int IDENTIFY_CLIENT = 0xF5;
    public static final int CLIENT_IDENTIFIED = 0xF6;

    private static final String[] NAMES = new String[256];

    static {
        for (var field : TcpCommand.class.getFields()) {
            if (field.getType() == int.class) {
                try {
                    NAMES[field.getInt(null)] = camel(field.getName());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private TcpCommand() {
    }

    /** The server's name of a command ({@code WriteEvents}), or {@code 0xNN} when unknown. */
    public static String nameOf(int command) {
        String name = command >= 0 && command < 256 ? NAMES[command] : null;
        return name != null ? name : String.format("0x%02X", command);
    }

    /** Whether {@code command} is one of the codes above. */
    public static boolean isKnown(int command) {
        return command >= 0 && command < 256 && NAMES[command] != null;
    }

    /** The code of a command named as the server names it; -1 when there is none. */
    public static int codeOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (name.equals(NAMES[i])) {
                return i;
            }
        }
        return -1;
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        return out.toString();
    }
}
