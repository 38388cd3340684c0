package io.extreme.testkit.engine;

import java.util.List;

/**
 * The roles of a stream's {@code $acl} (PROTOCOL.md §4.7); a null list means the key was not
 * given, so the check falls back to the defaults for that operation alone.
 */
record StreamAcl(List<String> read, List<String> write, List<String> delete,
                 List<String> metaRead, List<String> metaWrite) {

    /** Everyone may do everything: the built-in default for user streams. */
    static final StreamAcl USER_STREAM_DEFAULT = everyOperation("$all");
    /** Only admins: the built-in default for system streams. */
    static final StreamAcl SYSTEM_STREAM_DEFAULT = everyOperation("$admins");

    /** What can be done to a stream, each with its own list of roles. */
    enum Operation { READ, WRITE, DELETE, META_READ, META_WRITE }

    /** The roles given for {@code operation}, or null when this ACL does not say. */
    List<String> roles(Operation operation) {
        return switch (operation) {
            case READ -> read;
            case WRITE -> write;
            case DELETE -> delete;
            case META_READ -> metaRead;
            case META_WRITE -> metaWrite;
        };
    }

    private static StreamAcl everyOperation(String role) {
        List<String> roles = List.of(role);
        return new StreamAcl(roles, roles, roles, roles, roles);
    }
}
