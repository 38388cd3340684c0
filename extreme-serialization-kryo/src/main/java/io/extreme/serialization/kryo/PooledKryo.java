package io.extreme.serialization.kryo;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
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
    /** Why the current write was refused (a class unregistered or unreadable), for a clearer message than Kryo's. */
    private String refusal;

    PooledKryo(KryoSettings settings) {
        super(new ReadBackClassResolver(), null);
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
        refusal = null;
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

    /** The message for a class the last {@link #write} refused (not registered, or not readable back), or {@code null}. */
    String refusal() {
        return refusal;
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected String unregisteredClassMessage(Class type) {
        refusal = KryoFailures.notRegistered(type);
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

    /**
     * Registers a class met while registration is not required only if Kryo can read it back, so
     * that the write fails now rather than every later read of the stored event.
     */
    private static final class ReadBackClassResolver extends DefaultClassResolver {
        @Override
        @SuppressWarnings("rawtypes")
        public Registration registerImplicit(Class type) {
            Registration registration = super.registerImplicit(type);
            String problem = ReadBackCheck.problem(kryo, registration);
            if (problem != null) { // this Kryo is dropped with the failed call, registration and all
                String message = ReadBackCheck.unreadable(type, problem);
                ((PooledKryo) kryo).refusal = message;
                throw new IllegalArgumentException(message);
            }
            return registration;
        }
    }
}
