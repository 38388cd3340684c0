/**
 * The exceptions of the client, all under {@link io.extreme.error.ExtremeException}: the
 * server's refusals ({@code AccessDeniedException}, {@code NotAuthenticatedException},
 * {@code BadRequestException}, {@code NotHandledException}), missing or deleted streams and
 * events, timeouts (the client's and the server's), transactions, persistent subscription
 * groups, a closed connection and bad configuration. One package for all of them, so that a
 * catch needs one import; the one exception about expected versions,
 * {@code WrongExpectedVersionException}, sits beside {@code ExpectedVersion} in
 * {@code io.extreme.event}, and the decoding exceptions of the typed API beside it in
 * {@code io.extreme.typed}.
 *
 * <p>The bottom of the public API: it imports nothing of ours.
 */
package io.extreme.error;
