package org.persona4j.validation.internal;

/** Quoting input in messages: shortened, and never interpreted. */
final class Quote {

    private Quote() {}

    static String shorten(String s) {
        return org.persona4j.internal.Values.shorten(s, 80);
    }
}
