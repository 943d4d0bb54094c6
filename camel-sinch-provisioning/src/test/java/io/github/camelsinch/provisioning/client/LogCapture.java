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
package io.github.camelsinch.provisioning.client;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Captures log4j2 events of one logger subtree at a chosen level, whatever the test log configuration says.
 * Use with try-with-resources; closing restores the previous logger configuration.
 */
public final class LogCapture implements AutoCloseable {

    private final List<LogEvent> events = new CopyOnWriteArrayList<>();
    private final LoggerContext context;
    private final String loggerName;
    private final CapturingAppender appender;
    private final LoggerConfig target;
    private final boolean createdLoggerConfig;
    private final Level previousLevel;

    private LogCapture(String loggerName, Level level) {
        this.context = (LoggerContext) LogManager.getContext(false);
        this.loggerName = loggerName;
        Configuration config = context.getConfiguration();
        appender = new CapturingAppender("LogCapture-" + UUID.randomUUID(), events);
        appender.start();
        config.addAppender(appender);
        LoggerConfig existing = config.getLoggerConfig(loggerName); // the nearest configured ancestor
        createdLoggerConfig = !existing.getName().equals(loggerName);
        if (createdLoggerConfig) {
            // Not additive: TRACE output goes to the capture only, not to the console of the whole build.
            target = LoggerConfig.newBuilder().withLoggerName(loggerName).withLevel(level).withAdditivity(false)
                    .withConfig(config).build();
            config.addLogger(loggerName, target);
            previousLevel = null;
        } else {
            target = existing;
            previousLevel = existing.getLevel();
            existing.setLevel(level);
        }
        target.addAppender(appender, level, null);
        context.updateLoggers();
    }

    /** Captures everything of this client package at TRACE. */
    public static LogCapture clientPackage() {
        return capture("io.github.camelsinch.provisioning.client", Level.TRACE);
    }

    public static LogCapture capture(String loggerName, Level level) {
        return new LogCapture(loggerName, level);
    }

    public List<LogEvent> events() {
        return List.copyOf(events);
    }

    /** Each event as "LEVEL logger message", followed by every throwable in its cause chain (toString). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LogEvent e : events) {
            StringBuilder line = new StringBuilder().append(e.getLevel()).append(' ').append(e.getLoggerName())
                    .append(' ').append(e.getMessage().getFormattedMessage());
            for (Throwable t = e.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Number of events at exactly this level whose message contains the text. */
    public long count(Level level, String containing) {
        return events.stream().filter(e -> e.getLevel() == level)
                .filter(e -> e.getMessage().getFormattedMessage().contains(containing)).count();
    }

    public void clear() {
        events.clear();
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        target.removeAppender(appender.getName());
        if (createdLoggerConfig) {
            config.removeLogger(loggerName);
        } else {
            target.setLevel(previousLevel);
        }
        context.updateLoggers();
        appender.stop();
    }

    private static final class CapturingAppender extends AbstractAppender {
        private final List<LogEvent> sink;

        CapturingAppender(String name, List<LogEvent> sink) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
            this.sink = sink;
        }

        @Override
        public void append(LogEvent event) {
            sink.add(event.toImmutable());
        }
    }
}
