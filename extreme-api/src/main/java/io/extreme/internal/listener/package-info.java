/**
 * The engines of the public {@code Listener} and {@code FanoutListener}:
 * {@code CheckpointedListener} runs one catch-up attempt at a time ({@code ListenerAttempt}) from
 * the handler's checkpoint, with pause, resume and resubscription; {@code LiveFanout} keeps one
 * volatile subscription and renews it; {@code ListenerSetup} and {@code FanoutSetup} are their
 * builders; {@code ListenerFailures} turns a drop into the exception a listener fails with.
 */
package io.extreme.internal.listener;
