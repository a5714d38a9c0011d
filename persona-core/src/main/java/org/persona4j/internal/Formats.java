package org.persona4j.internal;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.persona4j.spi.PersonaParser;
import org.persona4j.spi.PersonaWriter;
import org.persona4j.spi.SourceInput;

/** The parsers and writers found on the class or module path, loaded once. */
public final class Formats {

    private static final List<PersonaParser> PARSERS =
            ServiceLoader.load(PersonaParser.class, Formats.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
    private static final Map<String, PersonaWriter> WRITERS = loadWriters();

    private Formats() {}

    /** The parsers found on the class or module path, in the order found. */
    public static List<PersonaParser> parsers() {
        return PARSERS;
    }

    /**
     * {@return the file name an input's parser is chosen by}: its file's name, else its label's last segment, with
     * {@code .md} added when it has no extension (text from standard input read as Markdown)
     */
    public static String fileName(SourceInput input) {
        String label = input.file().map(f -> String.valueOf(f.getFileName())).orElse(input.label());
        int slash = Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\'));
        String name = label.substring(slash + 1);
        return name.contains(".") ? name : name + ".md";
    }

    /** The parser for a file name among these; the first one when none claims it. */
    public static PersonaParser parser(List<PersonaParser> parsers, String fileName) {
        if (parsers.isEmpty()) {
            throw new IllegalStateException("no persona parser found: add org.persona4j:persona-markdown to the "
                    + "class path or module path");
        }
        for (PersonaParser p : parsers) {
            if (p.supports(fileName)) {
                return p;
            }
        }
        return parsers.get(0);
    }

    public static PersonaWriter writer(String format) {
        PersonaWriter w = WRITERS.get(format);
        if (w == null) {
            throw new IllegalArgumentException(
                    "no writer for format '" + format + "'; available: " + String.join(", ", WRITERS.keySet()));
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
