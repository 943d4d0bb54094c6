/*
 * Copyright the camel-sinch-provisioning project contributors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelsinch.provisioning.consumer;

import io.github.camelsinch.provisioning.client.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static io.github.camelsinch.provisioning.consumer.Resources.SENDERS_PATH;
import static io.github.camelsinch.provisioning.consumer.Resources.sender;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A FileStateRepository whose file was damaged while the application was down: cut short by a crash, overwritten
 * with random bytes, edited by hand. The consumer either starts and repairs what it can, without a flood of false
 * events, or refuses to start with an error that names the file and the way out.
 */
class CorruptStateTest extends StatusConsumerTestSupport {

    private static final String URI = "sinch-prov:whatsapp-senders/list?startScheduler=false"
            + "&stateRepository=#senderState";
    private static final String PACKAGE = "io.github.camelsinch.provisioning.consumer";

    @TempDir
    Path dir;

    private Path store;
    private FakeListing senders;
    private final List<CamelContext> started = new ArrayList<>();

    @BeforeEach
    void store() {
        store = dir.resolve("sinch-state.dat");
        senders = FakeListing.serve(server, SENDERS_PATH, "senders");
    }

    @AfterEach
    void stopContexts() {
        started.forEach(CamelContext::stop);
    }

    /** Runs the first life of the application: a baseline of the given senders, then a stop (the file is rewritten). */
    private void baselineOf(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            senders.put(id(i), sender(id(i), "ACTIVE", "t1"));
        }
        CamelContext first = startContext(Map.of("senderState", FileStateRepository.fileStateRepository(
                store.toFile())), URI, new EventLog());
        consumerOf(first).poll();
        first.stop();
    }

    private CamelContext restart(EventLog sink) throws Exception {
        CamelContext second = startContext(Map.of("senderState", FileStateRepository.fileStateRepository(
                store.toFile())), URI, sink);
        started.add(second);
        return second;
    }

    private static String id(int i) {
        return String.format("S%03d", i);
    }

    private static List<LogEvent> warnings(LogCapture log) {
        return log.events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedAndTheRouteStarts() throws Exception {
        baselineOf(3);
        byte[] complete = Files.readAllBytes(store);
        int cutLine = StateFileLines.read(store).size() + 1;
        // A crash while Camel appended "<key>=<value>\n": only the start of the key reached the disk.
        StateFileLines.append(store, "sinch-prov:0123456789ab:r:S0".getBytes(StandardCharsets.UTF_8));

        EventLog after = new EventLog();
        try (LogCapture log = LogCapture.capture(PACKAGE, Level.INFO)) {
            CamelContext second = restart(after);
            List<LogEvent> warnings = warnings(log);
            assertEquals(1, warnings.size(), log.lines()::toString);
            String warning = warnings.get(0).getMessage().getFormattedMessage();
            assertTrue(warning.contains(store.toString()), warning);
            assertTrue(warning.contains("line " + cutLine), warning);
            assertArrayEquals(complete, Files.readAllBytes(store), "the file ends with its last complete line again");

            consumerOf(second).poll();
            assertEquals(0, after.size(), "the baseline is intact: nothing to report");
            senders.put(id(1), sender(id(1), "INACTIVE", "t2"));
            consumerOf(second).poll();
            assertEquals(List.of("CHANGED S001 ACTIVE->INACTIVE"), after.drain().stream()
                    .map(e -> e.type() + " " + e.resourceId() + " " + e.previous() + "->" + e.next()).toList());
        }
    }

    @Test
    void randomBytesFailTheStartNamingTheFileTheLineAndTheWayOut() throws Exception {
        baselineOf(3);
        List<String> lines = StateFileLines.read(store);
        byte[] noise = new byte[300];
        new Random(42).nextBytes(noise);
        noise[0] = (byte) 0xC3; // never valid UTF-8 followed by what Random put next, whatever the seed
        noise[1] = (byte) 0x28;
        StringBuilder text = new StringBuilder();
        lines.subList(0, 2).forEach(line -> text.append(line).append('\n'));
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder rest = new StringBuilder("\n");
        lines.subList(2, lines.size()).forEach(line -> rest.append(line).append('\n'));
        byte[] tail = rest.toString().getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[head.length + noise.length + tail.length];
        System.arraycopy(head, 0, damaged, 0, head.length);
        System.arraycopy(noise, 0, damaged, head.length, noise.length);
        System.arraycopy(tail, 0, damaged, head.length + noise.length, tail.length);
        Files.write(store, damaged);

        Exception failure = assertThrows(Exception.class, () -> restart(new EventLog()));
        UnreadableStateFileException cause = causeOf(failure);
        String message = cause.getMessage();
        assertEquals(store.toFile(), cause.file());
        assertEquals(3, cause.line());
        assertTrue(message.contains(store.toString()), message);
        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("move the file aside"), message);
        assertTrue(message.length() < 1000, "bounded, not the bytes at length: " + message);
        assertFalse(message.chars().anyMatch(c -> c < 0x20 && c != '\n'), "no control characters: " + message);
        assertArrayEquals(damaged, Files.readAllBytes(store), "a file that cannot be read is left as it is");

        // The way out: the file moved aside, the route starts with a fresh baseline.
        Files.move(store, dir.resolve("sinch-state.dat.corrupt"));
        EventLog after = new EventLog();
        CamelContext fresh = restart(after);
        consumerOf(fresh).poll();
        assertEquals(0, after.size(), "a fresh, silent baseline");
    }

    @Test
    void aLineWithoutASeparatorFailsTheStartNamingIt() throws Exception {
        baselineOf(2);
        StateFileLines.editLines(store, line -> line.endsWith("S000") || line.contains(":r:S000=")
                ? line.replace("=", "") : line);
        int lineNumber = lineNumberOf(":r:S000");

        UnreadableStateFileException cause = causeOf(assertThrows(Exception.class, () -> restart(new EventLog())));
        assertEquals(lineNumber, cause.line());
        assertTrue(cause.getMessage().contains("no '='"), cause.getMessage());
    }

    @Test
    void aCorruptedIndexEntryIsDroppedAndTheIndexRebuiltByThePoll() throws Exception {
        baselineOf(5);
        String index = StateFileLines.valueOf(store, ":index");
        assertEquals("S000,S001,S002,S003,S004", index);
        StateFileLines.editValues(store, ":index", v -> v.replace("S002", "S%G2").replace("S004", "S\u0001\u00e9"));

        EventLog after = new EventLog();
        try (LogCapture log = LogCapture.capture(PACKAGE, Level.INFO)) {
            CamelContext second = restart(after);
            SinchProvisioningStatusConsumer watch = consumerOf(second);
            watch.poll();
            assertEquals(0, after.size(), after.all()::toString);
            List<LogEvent> warnings = warnings(log);
            assertEquals(1, warnings.size(), log.lines()::toString);
            String warning = warnings.get(0).getMessage().getFormattedMessage();
            assertTrue(warning.contains(":index"), warning);
            assertFalse(warning.contains("\u0001"), "control characters neutralised: " + warning);
            assertEquals("S000,S001,S002,S003,S004", liveValue(second, ":index"), "rebuilt and rewritten");
            assertEquals(2L, watch.discardedStateEntries());

            log.clear();
            watch.poll();
            assertTrue(warnings(log).isEmpty(), "reported once: " + log.lines());
            senders.remove(id(2));
            watch.poll();
            assertEquals(List.of("REMOVED S002"), after.drain().stream().map(e -> e.type() + " " + e.resourceId())
                    .toList(), "the rebuilt index still finds removals");
        }
    }

    @Test
    void corruptedFingerprintsAreRebaselinedWithoutAnEventAndOneBoundedWarning() throws Exception {
        int corrupted = 200;
        baselineOf(corrupted + 10);
        List<String> damage = List.of("", "2|ACT", "9|ACTIVE,|t1||0", "2|ACTIVE,|t1||0\u0007", "2|ACTIVE,|t1||x",
                "2|ACTIVE|t1||0", "2|ACT%ZZIVE,|t1||0", "2|ACTIVE,|t1|q=zz|0", "\u00e9\u00e8" + "#".repeat(3000),
                "2|ACTIVE,|t1||99999999999999999999999", "x|", "1|nopair|t1||0", "2|ACTIVE,|t%E9||0");
        for (int i = 0; i < corrupted; i++) {
            String bad = damage.get(i % damage.size());
            assertEquals(1, StateFileLines.editValues(store, ":r:" + id(i), v -> bad));
        }

        EventLog after = new EventLog();
        try (LogCapture log = LogCapture.capture(PACKAGE, Level.INFO)) {
            CamelContext second = restart(after);
            SinchProvisioningStatusConsumer watch = consumerOf(second);
            watch.poll();
            List<LogEvent> warnings = warnings(log);
            System.out.printf("%d corrupted fingerprints: %d exchanges, %d WARN lines%n", corrupted, after.size(),
                    warnings.size());
            assertEquals(0, after.size(), () -> "no ADDED flood: " + after.all().subList(0, 3));
            assertEquals(1, warnings.size(), log.lines()::toString);
            String warning = warnings.get(0).getMessage().getFormattedMessage();
            assertTrue(warning.contains("200 stored state entries"), warning);
            assertTrue(warning.length() < 2000, "bounded: " + warning.length() + " characters");
            assertFalse(warning.contains("\u0007"), warning);
            assertEquals(200L, watch.discardedStateEntries());
            assertEquals(200L, watch.getHealthCheck().call(Map.of()).getDetails()
                    .get(StatusConsumerHealthCheck.STATE_ENTRIES_DISCARDED));

            log.clear();
            watch.poll();
            assertEquals(0, after.size());
            assertTrue(warnings(log).isEmpty(), "each entry reported once: " + log.lines());

            // A later real change of a rebaselined resource is emitted, against the rebaselined state.
            senders.put(id(7), sender(id(7), "INACTIVE", "t2"));
            watch.poll();
            List<EventLog.Event> changes = after.drain();
            assertEquals(List.of("CHANGED S007 ACTIVE->INACTIVE"), changes.stream()
                    .map(e -> e.type() + " " + e.resourceId() + " " + e.previous() + "->" + e.next()).toList());
        }
    }

    @Test
    void aGoneResourceWhoseFingerprintIsUnreadableIsStillReportedRemoved() throws Exception {
        baselineOf(3);
        StateFileLines.editValues(store, ":r:" + id(1), v -> "garbage");
        senders.remove(id(1));

        EventLog after = new EventLog();
        CamelContext second = restart(after);
        consumerOf(second).poll();
        List<EventLog.Event> events = after.drain();
        assertEquals(1, events.size(), events::toString);
        EventLog.Event removed = events.get(0);
        assertEquals("REMOVED", removed.type());
        assertEquals(id(1), removed.resourceId());
        assertNull(removed.previous(), "its last status is not known");
        assertNotNull(removed.dedupKey());
        consumerOf(second).poll();
        assertEquals(0, after.size(), "removed once");
    }

    @Test
    void aLostFingerprintOfAnIndexedResourceRebaselinesItInsteadOfAddingIt() throws Exception {
        baselineOf(4);
        assertEquals(1, StateFileLines.editLines(store, line -> line.contains(":r:" + id(2) + "=") ? null : line));

        EventLog after = new EventLog();
        CamelContext second = restart(after);
        SinchProvisioningStatusConsumer watch = consumerOf(second);
        watch.poll();
        assertEquals(0, after.size(), "S002 is in the index: it is not new, its state was lost");
        assertEquals(1L, watch.discardedStateEntries());
        senders.put(id(4), sender(id(4), "ACTIVE", "t2"));
        watch.poll();
        assertEquals(List.of("ADDED S004"), after.drain().stream().map(e -> e.type() + " " + e.resourceId())
                .toList(), "a resource not in the index is still new");
    }

    private int lineNumberOf(String keyPart) throws Exception {
        List<String> lines = StateFileLines.read(store);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(keyPart)) {
                return i + 1;
            }
        }
        throw new AssertionError(keyPart + " not in " + lines);
    }

    private static String liveValue(CamelContext camel, String keySuffix) {
        FileStateRepository repository = camel.getRegistry().lookupByNameAndType("senderState",
                FileStateRepository.class);
        Set<String> keys = new TreeSet<>(repository.getCache().keySet());
        return keys.stream().filter(k -> k.endsWith(keySuffix)).findFirst().map(repository::getState)
                .orElseThrow(() -> new AssertionError(keySuffix + " not in " + keys));
    }

    private static UnreadableStateFileException causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnreadableStateFileException unreadable) {
                return unreadable;
            }
        }
        throw new AssertionError("no UnreadableStateFileException in " + Arrays.toString(chain(failure)), failure);
    }

    private static String[] chain(Throwable failure) {
        List<String> chain = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.add(t.toString());
        }
        return chain.toArray(String[]::new);
    }
}
