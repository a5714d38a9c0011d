package org.persona4j.dialect;

/** Whether a key or a whole dialect is still what the vendor documents. */
public enum Lifecycle {
    /** Documented now. */
    CURRENT,
    /** Still read by the vendor's tool, but documented as replaced. */
    DEPRECATED,
    /** No longer documented, or documented as retired; a replacement says what to write instead. */
    RETIRED
}
