package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Map;

/**
 * One Kryo with its own buffers, configured from {@link KryoSettings}. Kryo is not thread-safe:
 * a {@link KryoSerializer} lends each instance to one thread at a time through its pool, and
 * drops an instance that failed rather than return it in an unknown state.
 */
final class PooledKryo extends Kryo {
    /** How deep an object graph may go: a cycle written without references fails here, not with a stack overflow. */
    static final int MAX_DEPTH = 1000;

    private static final int INITIAL_BUFFER_BYTES = 4096;
    /** A buffer that grew past this for a large event is not kept in the pool. */
    private static final int MAX_KEPT_BUFFER_BYTES = 64 * 1024;
    private static final byte[] NO_BYTES = {};

    private final Output output = new Output(INITIAL_BUFFER_BYTES, -1);
    private final Input input = new Input(NO_BYTES);
    /** The class Kryo refused as unregistered in the current call, for a clearer message than Kryo's. */
    private Class<?> unregistered;

    PooledKryo(KryoSettings settings) {
        setRegistrationRequired(settings.registrationRequired());
        setReferences(settings.references());
        setMaxDepth(MAX_DEPTH);
        setClassLoader(settings.classLoader());
        JdkRegistrations.registerOn(this);
        for (Map.Entry<Class<?>, Integer> registration : settings.registrations().entrySet()) {
            register(registration.getKey(), registration.getValue());
        }
    }

    /** The bytes of {@code value}, written with its class so that a reader needs no type hint. */
    byte[] write(Object value) {
        unregistered = null;
        output.reset();
        writeClassAndObject(output, value);
        return output.toBytes();
    }

    /** The object in {@code data}; {@link #unreadBytes()} then tells how much of it was left over. */
    Object read(byte[] data) {
        input.setBuffer(data);
        return readClassAndObject(input);
    }

    int unreadBytes() {
        return input.limit() - input.position();
    }

    /** The class an unregistered-class failure of the last {@link #write} was about, or {@code null}. */
    Class<?> unregisteredClass() {
        return unregistered;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected String unregisteredClassMessage(Class type) {
        unregistered = type;
        return super.unregisteredClassMessage(type);
    }

    /** Makes this instance ready for the pool: forgets the last event, and a buffer a large one grew. */
    PooledKryo recycled() {
        if (output.getBuffer().length > MAX_KEPT_BUFFER_BYTES) {
            output.setBuffer(new byte[INITIAL_BUFFER_BYTES], -1);
        }
        input.setBuffer(NO_BYTES);
        return this;
    }
}
