package org.persona4j.dialect;

/** Whether a dialect's files must set a key. */
public enum Presence {
    /** The vendor's tool ignores or rejects a file without it. */
    REQUIRED,
    /** The vendor asks for it (or one of its tools requires it), but the file still works without it. */
    RECOMMENDED,
    /** The file works the same without it. */
    OPTIONAL
}
