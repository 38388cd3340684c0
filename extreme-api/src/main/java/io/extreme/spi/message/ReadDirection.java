package io.extreme.spi.message;

/** Which way a read walks a stream or {@code $all}. Constants are in wire order: the ordinal is the code. */
public enum ReadDirection {
    FORWARD,
    BACKWARD;
}
