package org.persona4j.spring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Calls back when files under some directories change: one daemon thread on a JDK {@link WatchService}, events
 * gathered until the tree has been quiet for a while (an editor's save is several events; a copied tree, hundreds),
 * then one call. New subdirectories are watched as they appear, up to {@link #MAX_DIRECTORIES}; symbolic links are
 * not followed, as in the catalog itself.
 */
public final class DirectoryWatcher implements AutoCloseable {

    /** At most this many directories are watched: a tree that grows past it is still reloaded on schedule. */
    public static final int MAX_DIRECTORIES = 4_096;

    private final WatchService service;
    private final Duration quiet;
    private final Runnable onChange;
    private final Thread thread;
    private int watched;

    /**
     * Starts watching.
     *
     * @param roots    directories to watch, with their subdirectories
     * @param quiet    how long no event must arrive before {@code onChange} runs; longer than the catalog's settle
     *                 time, so that the reload reads the files just written
     * @param onChange what to run; an exception it throws is dropped and watching goes on
     * @throws IOException when a directory cannot be watched
     */
    public DirectoryWatcher(List<Path> roots, Duration quiet, Runnable onChange) throws IOException {
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.service = FileSystems.getDefault().newWatchService();
        try {
            for (Path root : roots) {
                registerTree(root);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        this.thread = new Thread(this::run, "persona4j-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir :
                    (Iterable<Path>) dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
                if (watched >= MAX_DIRECTORIES) {
                    return;
                }
                dir.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                watched++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                do {
                    handle(key);
                    key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                } while (key != null);
                try {
                    onChange.run();
                } catch (RuntimeException e) {
                    // the caller's snapshot stays as it was; the next change tries again
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Takes a key's events, watching directories created under it. */
    private void handle(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // gone again, or unreadable: the reload reports what it cannot read
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
