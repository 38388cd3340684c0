package io.extreme.testkit.engine;

import java.util.Set;

/**
 * Who sends a request to the in-memory EventStore: an authenticated user with its groups, or
 * {@link #ANONYMOUS}. ACL checks compare its login and groups with the roles of a stream's
 * {@code $acl} ({@code $admins}, {@code $ops}, {@code $all}, or a user name).
 *
 * @param login  the user name, or {@code null} for anonymous
 * @param groups the user's groups, such as {@code $admins} or {@code $ops}
 */
public record Principal(String login, Set<String> groups) {
    /** A request without credentials. */
    public static final Principal ANONYMOUS = new Principal(null, Set.of());

    public Principal {
        groups = Set.copyOf(groups);
    }

    /** Whether this is a member of {@code $admins}, which passes every check. */
    public boolean isAdmin() {
        return groups.contains("$admins");
    }

    /** Whether this user holds {@code role}: {@code $all}, one of its groups, or its own login. */
    public boolean holds(String role) {
        return "$all".equals(role) || groups.contains(role) || (login != null && login.equals(role));
    }
}
