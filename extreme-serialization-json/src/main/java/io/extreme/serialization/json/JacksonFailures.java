package io.extreme.serialization.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Turns a Jackson failure into one line for a {@link io.extreme.serialization.SerializationException}.
 * Jackson's own messages span several lines (the reason, then the source and the reference
 * chain), which breaks log lines and error dialogs; the reason, where and which field are
 * enough.
 */
final class JacksonFailures {
    private JacksonFailures() {
    }

    /** The reason, then {@code at line L, column C} and {@code (field a.b[2])} when known. */
    static String describe(Throwable failure) {
        if (!(failure instanceof JsonProcessingException jackson)) {
            return failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
        }
        StringBuilder text = new StringBuilder(firstLine(jackson.getOriginalMessage()));
        JsonLocation where = jackson.getLocation();
        if (where != null && where.getLineNr() > 0) {
            text.append(" at line ").append(where.getLineNr())
                    .append(", column ").append(where.getColumnNr());
        }
        if (jackson instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            text.append(" (field ").append(fieldPath(mapping.getPath())).append(')');
        }
        return text.toString();
    }

    private static String fieldPath(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                text.append('[').append(step.getIndex()).append(']');
            } else {
                text.append("[?]");
            }
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no reason given";
        }
        int end = message.length();
        int newline = message.indexOf('\n');
        int carriageReturn = message.indexOf('\r');
        if (newline >= 0) {
            end = newline;
        }
        if (carriageReturn >= 0 && carriageReturn < end) {
            end = carriageReturn;
        }
        return message.substring(0, end).trim();
    }
}
