package io.extreme.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.extreme.event.WrongExpectedVersionException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exception tree the package documentation draws, kept from flattening again: every
 * exception sits in exactly one cause group, the connection situations are told apart by class,
 * and every exception copies itself as its own class.
 */
class ErrorTreeTest {
    private static final Set<Class<?>> GROUPS = Set.of(ConnectionClosedException.class, ServerRefusalException.class,
            StreamStateException.class, PersistentSubscriptionException.class, ClientSideException.class);

    /** Every exception of the package, read from its sources so that a new file is checked too, and the one in event. */
    private static List<Class<?>> exceptions() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/extreme/error"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("Exception.java")).sorted().toList()) {
                String simple = file.getFileName().toString().replace(".java", "");
                found.add(Class.forName("io.extreme.error." + simple));
            }
        }
        found.add(WrongExpectedVersionException.class);
        return found;
    }

    @Test
    void everyExceptionButTheRootAndTheGroupsSitsInExactlyOneGroup() throws Exception {
        List<Class<?>> leaves = exceptions().stream()
                .filter(c -> c != ExtremeException.class && !GROUPS.contains(c)).toList();
        assertThat(leaves).hasSizeGreaterThanOrEqualTo(26);
        for (Class<?> leaf : leaves) {
            List<Class<?>> groups = new ArrayList<>();
            for (Class<?> up = leaf.getSuperclass(); up != null; up = up.getSuperclass()) {
                if (GROUPS.contains(up)) {
                    groups.add(up);
                }
            }
            assertThat(groups).as("the groups of %s", leaf.getSimpleName()).hasSize(1);
            assertThat(Modifier.isAbstract(leaf.getModifiers())).as("%s is thrown, so concrete", leaf).isFalse();
        }
    }

    @Test
    void theGroupsAreAbstractChildrenOfTheRoot() {
        for (Class<?> group : GROUPS) {
            assertThat(group.getSuperclass()).isEqualTo(ExtremeException.class);
            assertThat(Modifier.isAbstract(group.getModifiers())).as("%s", group).isTrue();
        }
    }

    @Test
    void theFiveConnectionSituationsAreDistinctClassesOfTheConnectionGroup() {
        List<Class<? extends ConnectionClosedException>> situations = List.of(ClientClosedException.class,
                ReconnectsExhaustedException.class, ConnectionLostException.class, HandshakeTimeoutException.class,
                HeartbeatTimeoutException.class);
        assertThat(situations.stream().collect(Collectors.toSet())).hasSize(5);
        for (Class<?> situation : situations) {
            assertThat(situation.getSuperclass()).isEqualTo(ConnectionClosedException.class);
            for (Class<?> other : situations) {
                assertThat(other == situation || !situation.isAssignableFrom(other)).isTrue();
            }
        }
    }

    @Test
    void theServerTimeoutsStayUnderServerTimeout() {
        assertThat(ServerTimeoutException.class).isAssignableFrom(CommitTimeoutException.class);
        assertThat(ServerTimeoutException.class).isAssignableFrom(PrepareTimeoutException.class);
        assertThat(ServerTimeoutException.class).isAssignableFrom(ForwardTimeoutException.class);
        assertThat(ServerRefusalException.class).isAssignableFrom(ServerTimeoutException.class);
    }

    @Test
    void everyConcreteExceptionDeclaresACopyOfItsOwnClass() throws Exception {
        for (Class<?> type : exceptions()) {
            if (!Modifier.isAbstract(type.getModifiers())) {
                assertThat(type.getDeclaredMethod("copy").getReturnType()).as("%s.copy()", type.getSimpleName()).isEqualTo(type);
            }
        }
    }

    @Test
    void aCopyKeepsClassMessageAndFieldsWithTheOriginalAsCause() {
        NotHandledException busy = new NotHandledException("busy", NotHandledException.Reason.TOO_BUSY);
        NotHandledException copy = busy.copy();
        assertThat(copy).isNotSameAs(busy).hasMessage("busy").hasCause(busy);
        assertThat(copy.reason()).isEqualTo(NotHandledException.Reason.TOO_BUSY);

        WrongExpectedVersionException wrong = new WrongExpectedVersionException("orders", 3, 5L, "no");
        WrongExpectedVersionException wrongCopy = wrong.copy();
        assertThat(wrongCopy).hasMessage(wrong.getMessage()).hasCause(wrong);
        assertThat(wrongCopy.currentVersion()).isEqualTo(5);
        assertThat(wrongCopy.streamId()).isEqualTo("orders");

        assertThat(new StreamDeletedException("s").copy().streamId()).isEqualTo("s");
        assertThat(new EventNotFoundException("s", 7).copy().eventNumber()).isEqualTo(7);
        assertThat(new OperationQueueFullException("full").copy()).isExactlyInstanceOf(OperationQueueFullException.class)
                .hasMessage("full");
    }

    @Test
    void everyLeafWithAMessageConstructorCopiesAsItself() throws Exception {
        for (Class<?> type : exceptions()) {
            if (Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Constructor<?> withMessage;
            try {
                withMessage = type.getConstructor(String.class);
            } catch (NoSuchMethodException fieldsOnly) {
                continue; // covered with its fields above
            }
            ExtremeException original = (ExtremeException) withMessage.newInstance("m");
            assertThat(original.copy()).isExactlyInstanceOf(type).hasMessage(original.getMessage()).hasCause(original);
        }
    }
}
