package org.persona4j.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.persona4j.catalog.PersonaCatalog;
import org.persona4j.spring.internal.DirectoryWatcher;
import org.persona4j.spring.internal.PersonaLocation;

/**
 * The application's personas: the current catalog snapshot, swapped atomically by {@link #reload()}, so a request
 * always sees one whole snapshot, never a half-loaded one. Reloads on a schedule, and when files of its directory
 * locations change, when asked to.
 */
public final class PersonaCatalogs implements AutoCloseable {

    /** How long a watched tree must be quiet before it is reloaded: longer than the catalog's settle time. */
    static final Duration QUIET = Duration.ofMillis(400);

    private final AtomicReference<PersonaCatalog> current;
    private final ScheduledExecutorService scheduler;
    private final DirectoryWatcher watcher;
    private final List<Consumer<PersonaCatalog>> listeners = new CopyOnWriteArrayList<>();

    PersonaCatalogs(PersonaCatalog first, Duration every, List<Path> watch) {
        this(first, every, watch, PersonaProperties.DEFAULT_SETTLE);
    }

    /**
     * @param settle how long a changed file must read the same before it is served: a reload that holds a change back
     *               is followed by another this long after, so a watched file that then stays quiet is still taken
     */
    PersonaCatalogs(PersonaCatalog first, Duration every, List<Path> watch, Duration settle) {
        this.current = new AtomicReference<>(first);
        this.settle = settle;
        // Quiet for longer than the settle time before a watched tree is reloaded: a writer's pause shorter than it
        // never triggers a reload.
        Duration quiet = settle.compareTo(QUIET) > 0 ? settle.plusMillis(150) : QUIET;
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "persona4j-reload");
            t.setDaemon(true);
            return t;
        });
        try {
            this.watcher = watch.isEmpty() ? null : new DirectoryWatcher(watch, quiet, this::reloadQuietly);
        } catch (IOException e) {
            scheduler.shutdownNow();
            throw new UncheckedIOException("persona4j: cannot watch " + watch + " for changes", e);
        }
        if (every != null && !every.isZero() && !every.isNegative()) {
            scheduler.scheduleWithFixedDelay(
                    this::reloadQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private final Duration settle;
    /** Whether a follow-up reload is scheduled for changes a reload held back. */
    private final java.util.concurrent.atomic.AtomicBoolean followUp = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@return the catalog as last loaded} */
    public PersonaCatalog current() {
        return current.get();
    }

    /**
     * Reads the locations again and makes the new snapshot current; files that fail keep their previous version
     * (see {@link PersonaCatalog#reload()}).
     *
     * @return the new snapshot, now current
     * @throws UncheckedIOException when a location cannot be listed; the current snapshot stays
     */
    public PersonaCatalog reload() {
        try {
            PersonaCatalog next;
            synchronized (this) { // one reload at a time: a scheduled one and a watched one must not cross
                next = current.get().reload();
                current.set(next);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("persona4j: reloaded " + next.size() + " persona(s)");
            }
            listeners.forEach(l -> l.accept(next));
            if (heldBack(next) && followUp.compareAndSet(false, true)) {
                // A change held back until it reads the same for the settle time: look again then, whether or not
                // the tree changes meanwhile.
                scheduler.schedule(
                        () -> {
                            followUp.set(false);
                            reloadQuietly();
                        },
                        settle.toMillis() + 50,
                        TimeUnit.MILLISECONDS);
            }
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Calls {@code listener} with each new snapshot after it became current, on the thread that reloaded.
     *
     * @param listener called after every reload; it should return quickly
     */
    public void onReload(Consumer<PersonaCatalog> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static boolean heldBack(PersonaCatalog catalog) {
        return catalog.failures().values().stream()
                .flatMap(List::stream)
                .anyMatch(d -> d.code().equals(org.persona4j.DiagnosticCodes.CATALOG_TORN_READ.code()));
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
        scheduler.shutdownNow();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing a watch service that failed to close leaves nothing to release
            }
        }
    }

    /** The directories among these locations to watch; class-path locations are left out. */
    static List<Path> directories(List<PersonaLocation> locations) {
        return locations.stream()
                .map(PersonaLocation::watched)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /**
     * A catalog of these locations, logging how many personas it holds and each location that gave none.
     *
     * @param loader the class loader of class-path locations: the application's
     */
    static PersonaCatalog load(List<PersonaLocation> locations, Duration settle, ClassLoader loader) {
        PersonaCatalog.Builder b = PersonaCatalog.builder().settleTime(settle).classLoader(loader);
        for (PersonaLocation l : locations) {
            if (l.fileSystemRoot()
                    .filter(root -> !java.nio.file.Files.exists(root))
                    .isPresent()) {
                LOG.warn("persona4j: " + l.given() + " does not exist, so it is skipped; check persona4j.locations");
            } else {
                l.addTo(b);
            }
        }
        PersonaCatalog catalog;
        try {
            catalog = b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> given = locations.stream().map(PersonaLocation::given).toList();
        LOG.info("persona4j: " + catalog.size() + " persona(s) from " + given);
        for (PersonaLocation location : locations) {
            if (catalog.personas().stream().noneMatch(location::holds)) {
                LOG.warn("persona4j: no persona in " + location.given() + "; check persona4j.locations (a class-path "
                        + "location names a folder on the class path, as classpath:personas/ or classpath*:personas/)");
            }
        }
        return catalog;
    }

    private static final org.apache.commons.logging.Log LOG =
            org.apache.commons.logging.LogFactory.getLog(PersonaCatalogs.class);
}
