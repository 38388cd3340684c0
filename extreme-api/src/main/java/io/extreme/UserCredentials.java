package io.extreme;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A login and password sent in a frame's authentication section. Each must encode to at most
 * {@value #MAX_UTF8_BYTES} bytes of UTF-8, the limit of the one-byte length on the wire.
 * {@link #toString()} never shows the password.
 */
public final class UserCredentials {
    /** The longest login or password, in UTF-8 bytes, that the authentication section can carry. */
    public static final int MAX_UTF8_BYTES = 255;

    private final String login;
    private final String password;

    private UserCredentials(String login, String password) {
        this.login = login;
        this.password = password;
    }

    /** Credentials for {@code login}; throws {@link IllegalArgumentException} naming the bad argument. */
    public static UserCredentials of(String login, String password) {
        check("login", login);
        check("password", password);
        return new UserCredentials(login, password);
    }

    private static void check(String name, String value) {
        Objects.requireNonNull(value, name);
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_UTF8_BYTES) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_UTF8_BYTES
                    + " bytes in UTF-8, was " + bytes);
        }
    }

    public String login() {
        return login;
    }

    public String password() {
        return password;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserCredentials other && login.equals(other.login) && password.equals(other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(login, password);
    }

    @Override
    public String toString() {
        return "UserCredentials[" + login + "]";
    }
}
