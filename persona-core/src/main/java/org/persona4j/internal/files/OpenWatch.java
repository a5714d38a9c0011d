package org.persona4j.internal.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps an open from blocking: a path checked as a regular file and then swapped for a FIFO makes the open wait for
 * a writer, for ever. Every open registers here (a map entry, no thread hand-off); one daemon thread looks every
 * quarter second, and an open that has waited more than {@link #LONGEST_OPEN_MILLIS} on what is now a pipe is
 * released by opening the pipe for writing and closing it at once, on a throw-away thread, so that the reader sees an
 * empty pipe and refuses it. No byte is ever written, and a regular file is never opened for writing.
 */
final class OpenWatch {

    /** How long an open may wait before the watch looks at what it waits on. */
    static final long LONGEST_OPEN_MILLIS = 1_000;

    private record Waiting(Path file, long since) {}

    private static final Map<Object, Waiting> WAITING = new ConcurrentHashMap<>();
    private static volatile Thread watcher;

    private OpenWatch() {}

    static Object opening(Path file) {
        Object ticket = new Object();
        WAITING.put(ticket, new Waiting(file, System.nanoTime()));
        if (watcher == null) {
            start();
        }
        return ticket;
    }

    static void opened(Object ticket) {
        WAITING.remove(ticket);
    }

    private static synchronized void start() {
        if (watcher != null) {
            return;
        }
        Thread t = new Thread(OpenWatch::watch, "persona4j-open-watch");
        t.setDaemon(true);
        t.start();
        watcher = t;
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = System.nanoTime();
            for (Map.Entry<Object, Waiting> e : WAITING.entrySet()) {
                Waiting w = e.getValue();
                if ((now - w.since()) / 1_000_000 > LONGEST_OPEN_MILLIS && isPipe(w.file())) {
                    release(e.getKey(), w.file());
                }
            }
        }
    }

    private static boolean isPipe(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isOther();
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the pipe for writing on a thread of its own (that open may wait too) and closes it at once. */
    private static void release(Object ticket, Path file) {
        WAITING.remove(ticket);
        Thread t = new Thread(
                () -> {
                    try {
                        if (isPipe(file)) {
                            // Nothing is written: the reader's open returns, and it reads an empty pipe.
                            OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE);
                            out.close();
                        }
                    } catch (IOException | RuntimeException e) {
                        // gone, or not ours to open: the reader's own error says so
                    }
                },
                "persona4j-open-release");
        t.setDaemon(true);
        t.start();
    }
}
