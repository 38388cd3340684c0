package io.extreme.testkit.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in users of a fresh server (PROTOCOL.md §4.7): {@code admin} in {@code $admins} and
 * {@code ops} in {@code $ops}, both with the default password {@code changeit}.
 */
final class Users {
    private record User(String password, Principal principal) {
    }

    private static final Map<String, User> BUILT_IN = Map.of(
            "admin", new User("changeit", new Principal("admin", Set.of("$admins"))),
            "ops", new User("changeit", new Principal("ops", Set.of("$ops"))));

    private Users() {
    }

    static Optional<Principal> authenticate(String login, String password) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        User user = BUILT_IN.get(login);
        return user != null && user.password().equals(password) ? Optional.of(user.principal()) : Optional.empty();
    }
}
