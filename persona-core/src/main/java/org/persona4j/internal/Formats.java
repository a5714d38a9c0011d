package org.persona4j.internal;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.persona4j.spi.PersonaReader;
import org.persona4j.spi.PersonaWriter;

/** The readers and writers found on the class or module path, loaded once. */
public final class Formats {

    private static final List<PersonaReader> READERS = ServiceLoader.load(PersonaReader.class,
            Formats.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    private static final Map<String, PersonaWriter> WRITERS = loadWriters();

    private Formats() {
    }

    /** The reader for a file name; the first one found when none claims it. */
    public static PersonaReader reader(String fileName) {
        if (READERS.isEmpty()) {
            throw new IllegalStateException("no persona reader found: add org.persona4j:persona-markdown to the "
                    + "class path or module path");
        }
        return READERS.stream().filter(r -> r.supports(fileName)).findFirst().orElse(READERS.get(0));
    }

    public static PersonaWriter writer(String format) {
        PersonaWriter w = WRITERS.get(format);
        if (w == null) {
            throw new IllegalArgumentException("no writer for format '" + format + "'; available: "
                    + String.join(", ", WRITERS.keySet()));
        }
        return w;
    }

    public static List<String> writeFormats() {
        return List.copyOf(WRITERS.keySet());
    }

    private static Map<String, PersonaWriter> loadWriters() {
        Map<String, PersonaWriter> writers = new TreeMap<>();
        writers.put("text", new TextWriter());
        for (PersonaWriter w : ServiceLoader.load(PersonaWriter.class, Formats.class.getClassLoader())) {
            writers.putIfAbsent(w.format(), w);
        }
        return java.util.Collections.unmodifiableMap(writers);
    }
}
