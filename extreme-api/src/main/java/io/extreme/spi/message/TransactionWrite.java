package io.extreme.spi.message;

import java.util.List;

/**
 * Adds events to an open transaction.
 */
public record TransactionWrite(long transactionId, List<NewEvent> events, boolean requireMaster) implements Message {
    public TransactionWrite {
        events = List.copyOf(events);
    }
}
