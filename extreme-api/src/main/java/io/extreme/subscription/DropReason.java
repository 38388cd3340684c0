package io.extreme.subscription;

/** Why a subscription ended. Every subscription ends exactly once, with one of these. */
public enum DropReason {
    /** The subscriber closed it. */
    UNSUBSCRIBED,
    /** The user may not read the stream. */
    ACCESS_DENIED,
    /** The stream or persistent subscription group does not exist. */
    NOT_FOUND,
    /** The persistent subscription group was deleted. */
    PERSISTENT_SUBSCRIPTION_DELETED,
    /** The persistent subscription group has as many consumers as it allows. */
    SUBSCRIBER_MAX_COUNT_REACHED,
    /** The connection closed (the client was closed, or the server went away). */
    CONNECTION_CLOSED,
    /** The handler threw; the exception is the drop's cause. */
    HANDLER_ERROR,
    /** Events came faster than the handler took them and the queue filled up. */
    PROCESSING_QUEUE_OVERFLOW,
    /** The stream was deleted for good while a catch-up subscription read it. */
    STREAM_DELETED,
    /** The server answered with an error (BadRequest, NotAuthenticated) or a read failed. */
    SERVER_ERROR
}
