package io.extreme.internal.operation;

import io.extreme.UserCredentials;
import io.extreme.error.AccessDeniedException;
import io.extreme.error.ExtremeException;
import io.extreme.error.PersistentSubscriptionAlreadyExistsException;
import io.extreme.error.PersistentSubscriptionFailedException;
import io.extreme.error.PersistentSubscriptionNotFoundException;
import io.extreme.persistent.ConsumerStrategy;
import io.extreme.persistent.PersistentSubscriptionSettings;
import io.extreme.spi.message.CreatePersistentSubscription;
import io.extreme.spi.message.CreatePersistentSubscriptionCompleted;
import io.extreme.spi.message.DeletePersistentSubscription;
import io.extreme.spi.message.DeletePersistentSubscriptionCompleted;
import io.extreme.spi.message.Message;
import io.extreme.spi.message.PersistentSubscriptionConfig;
import io.extreme.spi.message.UpdatePersistentSubscription;
import io.extreme.spi.message.UpdatePersistentSubscriptionCompleted;

/** Creates, updates or deletes a persistent subscription group. */
public final class PersistentManagementOperation extends Operation<Void> {
    private final Message request;
    private final String what;

    private PersistentManagementOperation(Message request, String what, UserCredentials credentials) {
        super(credentials);
        this.request = request;
        this.what = what;
    }

    public static PersistentManagementOperation create(String stream, String group, PersistentSubscriptionSettings settings,
                                                UserCredentials credentials) {
        return new PersistentManagementOperation(new CreatePersistentSubscription(group, stream, config(settings)),
                "creation of persistent subscription group '" + group + "' on stream '" + stream + "'", credentials);
    }

    public static PersistentManagementOperation update(String stream, String group, PersistentSubscriptionSettings settings,
                                                UserCredentials credentials) {
        return new PersistentManagementOperation(new UpdatePersistentSubscription(group, stream, config(settings)),
                "update of persistent subscription group '" + group + "' on stream '" + stream + "'", credentials);
    }

    public static PersistentManagementOperation delete(String stream, String group, UserCredentials credentials) {
        return new PersistentManagementOperation(new DeletePersistentSubscription(group, stream),
                "deletion of persistent subscription group '" + group + "' on stream '" + stream + "'", credentials);
    }

    /** The settings as the wire carries them (END as -1, "from now"); the legacy round-robin flag follows the strategy. */
    static PersistentSubscriptionConfig config(PersistentSubscriptionSettings s) {
        return new PersistentSubscriptionConfig(s.resolveLinkTos(), s.startFrom().eventNumber(), (int) s.messageTimeout().toMillis(),
                s.extraStatistics(), s.liveBufferSize(), s.readBatchSize(), s.historyBufferSize(), s.maxRetryCount(),
                s.strategy() == ConsumerStrategy.ROUND_ROBIN, (int) s.checkpointAfter().toMillis(),
                s.maxCheckpointCount(), s.minCheckpointCount(), s.maxSubscriberCount(), s.strategy().wireName());
    }

    @Override
    public Message request() {
        return request;
    }

    @Override
    public Outcome<Void> inspect(Message reply) {
        String reason;
        String result;
        if (reply instanceof CreatePersistentSubscriptionCompleted c) {
            result = c.result().name();
            reason = c.reason();
        } else if (reply instanceof UpdatePersistentSubscriptionCompleted u) {
            result = u.result().name();
            reason = u.reason();
        } else if (reply instanceof DeletePersistentSubscriptionCompleted d) {
            result = d.result().name();
            reason = d.reason();
        } else {
            return Outcome.fail(Unexpected.reply(reply, this));
        }
        String words = reason == null || reason.isEmpty() ? "" : ": " + reason;
        return switch (result) {
            case "SUCCESS" -> Outcome.done(null);
            case "ALREADY_EXISTS" -> Outcome.fail(new PersistentSubscriptionAlreadyExistsException("The " + what + " failed: the group already exists" + words));
            case "DOES_NOT_EXIST" -> Outcome.fail(new PersistentSubscriptionNotFoundException("The " + what + " failed: the group does not exist" + words));
            case "ACCESS_DENIED" -> Outcome.fail(new AccessDeniedException("Access denied to the " + what + words));
            case "FAIL" -> Outcome.fail(new PersistentSubscriptionFailedException("The " + what + " failed" + words));
            default -> Outcome.fail(new ExtremeException("The " + what + " got an unknown result " + result));
        };
    }

    @Override
    public String describe() {
        return what;
    }
}
