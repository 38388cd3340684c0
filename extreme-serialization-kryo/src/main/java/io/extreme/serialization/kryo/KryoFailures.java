package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.io.KryoBufferUnderflowException;
import io.extreme.serialization.SerializationException;
import java.lang.reflect.InaccessibleObjectException;

/**
 * Turns Kryo's failures into one-line {@link SerializationException}s that name the class and
 * say what to do. Kryo's own messages run over several lines ("Serialization trace: ..."), so
 * only the first line of the original cause is kept; the cause itself stays attached.
 */
final class KryoFailures {
    private static final String KRYO_MODULE = "com.esotericsoftware.kryo";
    private static final int MAX_REASON_CHARS = 200;

    private KryoFailures() {}

    /** Writing a {@code valueClass} failed in {@code kryo}. */
    static SerializationException writeFailed(Class<?> valueClass, PooledKryo kryo, Throwable failure) {
        String refusal = kryo.refusal();
        if (refusal != null) {
            return new SerializationException(refusal, failure);
        }
        InaccessibleObjectException inaccessible = find(failure, InaccessibleObjectException.class);
        if (inaccessible != null) {
            return new SerializationException("Kryo cannot reach the fields of " + valueClass.getName()
                    + " (" + firstLine(inaccessible.getMessage()) + "): open its package to " + KRYO_MODULE
                    + " in module-info, or use a public record in an exported package", failure);
        }
        if (failure instanceof StackOverflowError || mentions(failure, "Max depth exceeded")) {
            return new SerializationException("Cannot write " + valueClass.getName()
                    + " as Kryo data: the object graph is more than " + PooledKryo.MAX_DEPTH
                    + " levels deep; if it has a cycle, turn references on", failure);
        }
        return new SerializationException(
                "Cannot write " + valueClass.getName() + " as Kryo data: " + reason(failure), failure);
    }

    /**
     * The message for a class Kryo refused because registration is required. A private JDK class
     * (behind {@code map.keySet()}, {@code list.subList(...)}, {@code Collections.nCopies}...) cannot
     * be registered, nor read back if it were, so for one of those the advice is a plain type.
     */
    static String notRegistered(Class<?> type) {
        if (ReadBackCheck.isHiddenJdkClass(type)) {
            return ReadBackCheck.hiddenJdkClass(type);
        }
        String simpleName = type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        return "Class " + type.getName() + " is not registered with the Kryo serializer; register it with "
                + "KryoSerializer.builder().register(" + simpleName + ".class), or turn registrationRequired off";
    }

    /** Reading {@code wanted} failed. */
    static SerializationException readFailed(Class<?> wanted, Throwable failure) {
        return cannotRead(wanted, reason(failure), failure);
    }

    static SerializationException cannotRead(Class<?> wanted, String reason, Throwable cause) {
        return new SerializationException("Cannot read Kryo data as " + wanted.getName() + ": " + reason, cause);
    }

    /**
     * Reading ran out of memory. Kryo trusts the lengths in the data, so a corrupt length makes it
     * ask for one huge array: that allocation fails alone and leaves the heap as it was, which is
     * why this one error is reported as bad data rather than left to kill the caller's thread.
     */
    static SerializationException readOutOfMemory(Class<?> wanted, OutOfMemoryError error) {
        return cannotRead(wanted, "the data declares a length too large to allocate (corrupt data?)", error);
    }

    /** A short reason from the original cause, the one Kryo wrapped in its own exceptions. */
    private static String reason(Throwable failure) {
        if (find(failure, KryoBufferUnderflowException.class) != null) {
            return "the data ends too early (truncated or corrupt)";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = firstLine(root.getMessage());
        if (message.startsWith("Encountered unregistered class ID")) {
            return message + " (the writer registered classes this serializer does not know, or the data is corrupt)";
        }
        String type = root.getClass().getSimpleName();
        return message.isEmpty() ? type : message.startsWith(type) ? message : type + ": " + message;
    }

    /** The first line, without control characters (corrupt data can put any byte in a message), capped. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip().replaceAll("\\p{Cntrl}", "?");
        return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "...";
    }

    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
