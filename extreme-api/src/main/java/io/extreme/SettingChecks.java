package io.extreme;

import java.time.Duration;
import java.util.Objects;

/** The argument checks of the settings builders: each failure names the setting and what is allowed. */
final class SettingChecks {
    private SettingChecks() {
    }

    static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
        return value;
    }

    /** @param unit what {@code least} counts, with its leading space ({@code " bytes"}), or empty */
    static int atLeast(String name, int least, String unit, int value) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + unit + ", was " + value);
        }
        return value;
    }

    /** A count of attempts: -1 for no limit, else at least 0. */
    static int attemptsOrNoLimit(String name, int value) {
        if (value < -1) {
            throw new IllegalArgumentException(name + " must be -1 (no limit) or at least 0, was " + value);
        }
        return value;
    }

    static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    static Duration nonNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }

    /** Two settings that contradict each other: {@code value} shorter than {@code than}. */
    static void notShorter(String name, Duration value, String otherName, Duration than) {
        if (value.compareTo(than) < 0) {
            throw new IllegalArgumentException(name + " (" + value.toMillis() + " ms) must not be shorter than "
                    + otherName + " (" + than.toMillis() + " ms)");
        }
    }

    /** Two settings that contradict each other: {@code value} above {@code limit}. */
    static void notAbove(String name, int value, String otherName, int limit) {
        if (value > limit) {
            throw new IllegalArgumentException(name + " (" + value + ") must not exceed " + otherName + " (" + limit + ")");
        }
    }
}
