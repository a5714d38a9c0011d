package org.persona4j.test.internal;

import java.nio.file.Path;

/**
 * Where snapshots and recordings live and whether they are written, from system properties (set them in the build,
 * {@code -Dpersona.record=true}, or in Surefire's {@code systemPropertyVariables}).
 */
public final class Settings {

    /** {@code persona.snapshots}: the snapshot folder (default {@code src/test/resources/persona-snapshots}). */
    public static final String SNAPSHOTS = "persona.snapshots";
    /** {@code persona.snapshot.update}: {@code true} rewrites snapshots that differ. */
    public static final String UPDATE = "persona.snapshot.update";
    /** {@code persona.recordings}: the recordings folder (default {@code src/test/resources/persona-recordings}). */
    public static final String RECORDINGS = "persona.recordings";
    /** {@code persona.record}: {@code true} calls the model and records; otherwise recordings are replayed. */
    public static final String RECORD = "persona.record";

    private Settings() {}

    public static Path snapshots() {
        return Path.of(System.getProperty(SNAPSHOTS, "src/test/resources/persona-snapshots"));
    }

    public static Path recordings() {
        return Path.of(System.getProperty(RECORDINGS, "src/test/resources/persona-recordings"));
    }

    public static boolean update() {
        return Boolean.getBoolean(UPDATE);
    }

    public static boolean record() {
        return Boolean.getBoolean(RECORD);
    }

    /** On a CI server (the {@code CI} variable set, as every common one does) a missing snapshot is a failure. */
    public static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /**
     * A file name for an id or a scenario name, one per name: letters, digits, {@code . _ -} are kept and anything
     * else becomes {@code _}; a name changed so (or cut at 120 characters, or empty) ends in {@code ~} and 12 hex
     * digits of its SHA-256, so {@code team/reviewer} and {@code team_reviewer} never share a file. {@code ~} is
     * never kept, so no name is written the way another is changed.
     */
    public static String fileName(String id) {
        String kept = legacyFileName(id);
        return kept.equals(id) ? kept : kept + "~" + Recordings.sha256(id).substring(0, 12);
    }

    /** The name earlier versions used, which two names could share: read when a file of the new name is missing. */
    public static String legacyFileName(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length() && b.length() < 120; i++) {
            char c = id.charAt(i);
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_' || c == '-' ? c : '_');
        }
        int dots = 0;
        while (dots < b.length() && b.charAt(dots) == '.') {
            dots++;
        }
        String name = dots == 0 ? b.toString() : "_" + b.substring(dots);
        return name.isEmpty() ? "_" : name;
    }
}
