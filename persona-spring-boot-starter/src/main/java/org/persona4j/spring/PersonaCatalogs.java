package org.persona4j.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.persona4j.catalog.PersonaCatalog;

/**
 * The application's personas: the current catalog snapshot, swapped atomically by {@link #reload()}, so a request
 * always sees one whole snapshot, never a half-loaded one. Reloads on a schedule when asked to.
 */
public final class PersonaCatalogs implements AutoCloseable {

    private final AtomicReference<PersonaCatalog> current;
    private final ScheduledExecutorService scheduler;

    PersonaCatalogs(PersonaCatalog first, Duration every) {
        this.current = new AtomicReference<>(first);
        if (every != null && !every.isZero() && !every.isNegative()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "persona4j-reload");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::reloadQuietly, every.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            scheduler = null;
        }
    }

    /** The catalog as last loaded. */
    public PersonaCatalog current() {
        return current.get();
    }

    /**
     * Reads the locations again and makes the new snapshot current; files that fail keep their previous version
     * (see {@link PersonaCatalog#reload()}).
     *
     * @throws UncheckedIOException when a location cannot be listed; the current snapshot stays
     */
    public PersonaCatalog reload() {
        try {
            PersonaCatalog next = current.get().reload();
            current.set(next);
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            // the current snapshot stays; the next scheduled reload tries again
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** A catalog of these locations: {@code classpath:DIR/} or directories. */
    static PersonaCatalog load(List<String> locations) {
        PersonaCatalog.Builder b = PersonaCatalog.builder();
        for (String location : locations) {
            if (location.startsWith("classpath:")) {
                String prefix = location.substring("classpath:".length());
                while (prefix.startsWith("/")) {
                    prefix = prefix.substring(1);
                }
                while (prefix.endsWith("/")) {
                    prefix = prefix.substring(0, prefix.length() - 1);
                }
                b.classpath(prefix);
            } else {
                b.directory(Path.of(location.startsWith("file:") ? location.substring(5) : location));
            }
        }
        try {
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
