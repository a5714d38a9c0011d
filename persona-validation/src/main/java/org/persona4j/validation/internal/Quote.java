package org.persona4j.validation.internal;

/** Quoting input in messages: shortened, and never interpreted. */
final class Quote {

    private Quote() {
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
