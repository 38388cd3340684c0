package io.extreme.internal.fakes;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Interface fakes made with {@link Proxy}, since Mockito is not on extreme-api's test class path.
 * Default methods run as written, so only the abstract methods they reach need answers; a call
 * without an answer fails naming the method, so a test never passes on a silent {@code null}.
 */
public final class Fakes {
    private Fakes() {
    }

    /** A call to an abstract method of a fake, in order. */
    public record Call(String method, List<Object> args) {
        public Object arg(int index) {
            return args.get(index);
        }
    }

    /** What a fake's method returns (or throws) for its arguments. */
    @FunctionalInterface
    public interface Answer {
        Object answer(Object[] args) throws Throwable;
    }

    /** A {@code type} that records its calls in {@code calls} and answers from {@code answers}, by method name. */
    public static <T> T fake(Class<T> type, List<Call> calls, Map<String, Answer> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object[] given = args == null ? new Object[0] : args;
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == given[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "fake " + type.getSimpleName();
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            calls.add(new Call(method.getName(), Arrays.asList(given)));
            Answer answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException("fake " + type.getSimpleName() + " has no answer for "
                        + method.getName());
            }
            return answer.answer(given);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** The calls to {@code method}, in order. */
    public static List<Call> callsTo(List<Call> calls, String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }
}
