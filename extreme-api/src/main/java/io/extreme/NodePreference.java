package io.extreme;

/**
 * Which cluster member to connect to, among those gossip shows alive and usable.
 */
public enum NodePreference {
    /** The master first (then a pre-master, then a follower): for writes. The seed's {@code mode: write}. */
    MASTER,
    /** A follower (slave) first, chosen at random among them, then the master: for reads. The seed's {@code mode: read}. */
    FOLLOWER,
    /** Any usable member, at random. */
    RANDOM
}
