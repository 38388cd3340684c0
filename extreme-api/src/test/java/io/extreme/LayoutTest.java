package io.extreme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout the README's "Where things are" describes, kept from coming undone: packages import
 * each other in one direction only (no package imports one that imports it back, however long the
 * way round), and no source file grows past the size one idea needs. Read from the sources, as
 * text: an import line, or a qualified name in code, is an edge from the file's package to the
 * named one.
 */
class LayoutTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([a-z][\\w.]*?)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])(io\\.extreme(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT_OR_STRING = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);
    /** A file of one idea stays well under this; 100 to 200 lines is usual. */
    private static final int MAX_LINES = 300;

    @Test
    void noPackageImportsOneThatImportsItBack() {
        Map<String, Set<String>> imports = packageImports();
        assertThat(imports).containsKeys("io.extreme", "io.extreme.event", "io.extreme.internal.client");
        List<List<String>> circles = new ArrayList<>();
        for (String start : imports.keySet()) {
            List<String> circle = wayBack(imports, start);
            if (circle != null) {
                circles.add(circle);
            }
        }
        assertThat(circles).as("packages that import each other, the way round").isEmpty();
    }

    @Test
    void thePublicApiImportsNoPortAndNoEngineButItsJsonReader() {
        Map<String, Set<String>> imports = packageImports();
        imports.forEach((from, to) -> {
            if (!from.startsWith("io.extreme.internal") && !from.startsWith("io.extreme.spi")) {
                assertThat(to).as("what public package %s imports", from)
                        .allMatch(target -> !target.startsWith("io.extreme.spi")
                                && (!target.startsWith("io.extreme.internal") || target.equals("io.extreme.internal.json")));
            }
        });
    }

    @Test
    void noSourceFileReachesThreeHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) >= MAX_LINES)
                    .map(f -> SOURCES.relativize(f) + " (" + lines(f) + " lines)")
                    .toList();
            assertThat(tooLong).isEmpty();
        }
    }

    /** Package to the packages of ours it imports, its own left out. */
    private static Map<String, Set<String>> packageImports() {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")).forEach(file -> {
                String text = read(file);
                Matcher declared = PACKAGE.matcher(text);
                if (!declared.find()) {
                    return;
                }
                String own = declared.group(1);
                Set<String> targets = imports.computeIfAbsent(own, p -> new TreeSet<>());
                collect(IMPORT.matcher(text), own, targets);
                collect(QUALIFIED.matcher(COMMENT_OR_STRING.matcher(text).replaceAll("")), own, targets);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
    }

    private static void collect(Matcher names, String own, Set<String> targets) {
        while (names.find()) {
            String target = names.group(1);
            if (target.startsWith("io.extreme") && !target.equals(own)) {
                targets.add(target);
            }
        }
    }

    /** A way from {@code start} through the imports back to it, or null when there is none. */
    private static List<String> wayBack(Map<String, Set<String>> imports, String start) {
        Deque<List<String>> ways = new ArrayDeque<>();
        Set<String> seen = new TreeSet<>();
        ways.add(List.of(start));
        while (!ways.isEmpty()) {
            List<String> way = ways.poll();
            for (String next : imports.getOrDefault(way.get(way.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(way);
                longer.add(next);
                if (next.equals(start)) {
                    return longer;
                }
                if (seen.add(next)) {
                    ways.add(longer);
                }
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        return read(file).lines().count();
    }
}
