package io.extreme.testkit.engine;

import io.extreme.testkit.engine.StreamAcl.Operation;
import java.util.List;

/**
 * Decides whether a principal may do an operation on a stream, as the server's ACL check does
 * (PROTOCOL.md §4.7): the stream's {@code $acl}, else the {@code $settings} default for its kind
 * (user or system stream), else the built-in default, each operation falling back on its own.
 * {@code $all} in the roles lets everyone in, anonymous included; members of {@code $admins}
 * pass every other check. A {@code $$} stream is read with {@code $mr} and written with
 * {@code $mw} of its stream, and can never be deleted; {@code $all} can never be written or
 * deleted.
 */
final class AccessChecker {
    private final StreamIndex index;

    AccessChecker(StreamIndex index) {
        this.index = index;
    }

    boolean canRead(Principal principal, String streamId) {
        return isGranted(principal, streamId, Operation.READ);
    }

    boolean canWrite(Principal principal, String streamId) {
        return isGranted(principal, streamId, Operation.WRITE);
    }

    boolean canDelete(Principal principal, String streamId) {
        return isGranted(principal, streamId, Operation.DELETE);
    }

    boolean isGranted(Principal principal, String streamId, Operation operation) {
        if (SystemNames.isMetastream(streamId)) {
            String original = SystemNames.originalStreamOf(streamId);
            return switch (operation) {
                case READ -> isGranted(principal, original, Operation.META_READ);
                case WRITE -> isGranted(principal, original, Operation.META_WRITE);
                default -> false;
            };
        }
        if (SystemNames.ALL.equals(streamId) && (operation == Operation.WRITE || operation == Operation.DELETE)) {
            return false;
        }
        List<String> roles = roles(streamId, operation);
        if (roles.contains("$all")) {
            return true;
        }
        if (principal.login() == null) {
            return false;
        }
        if (principal.isAdmin()) {
            return true;
        }
        return roles.stream().anyMatch(principal::holds);
    }

    private List<String> roles(String streamId, Operation operation) {
        boolean system = SystemNames.isSystemStream(streamId);
        SystemSettings settings = index.systemSettings();
        StreamAcl builtIn = system ? StreamAcl.SYSTEM_STREAM_DEFAULT : StreamAcl.USER_STREAM_DEFAULT;
        StreamAcl configured = system ? settings.systemStreamAcl() : settings.userStreamAcl();
        StreamAcl defaults = configured != null ? configured : builtIn;
        StreamAcl own = index.metadata(streamId).acl();
        StreamAcl acl = own != null ? own : defaults;
        List<String> roles = acl.roles(operation);
        if (roles == null) {
            roles = defaults.roles(operation);
        }
        return roles != null ? roles : builtIn.roles(operation);
    }
}
