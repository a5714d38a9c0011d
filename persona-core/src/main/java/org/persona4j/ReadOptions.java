package org.persona4j;

import java.util.List;

/**
 * Limits and choices for reading personas. Immutable; {@link #defaults()} is safe for untrusted input.
 *
 * @param maxFileBytes        files larger than this are rejected before anything is parsed (default 1 MiB)
 * @param maxFrontMatterBytes front matter larger than this is rejected before YAML sees it (default 64 KiB)
 * @param maxNestingDepth     deepest nesting of YAML collections, and of Markdown block containers (default 20 for
 *                            YAML; Markdown gets {@code 4 ×} this, since lists nest legitimately)
 * @param workPerChar         the Markdown parser may read each character this many times (default 50)
 * @param workAllowance       plus this many reads in total, so that small files are never cut short (default 1M)
 * @param strict              when {@code true} every warning is reported as an error, so that, for example, a byte that
 *                            is not UTF-8 fails a CI check (default {@code false})
 * @param dialect             the dialect to read every file as, or {@code null} to detect it per file (see
 *                            {@link Dialect}; default {@code null})
 */
public record ReadOptions(
        long maxFileBytes,
        int maxFrontMatterBytes,
        int maxNestingDepth,
        int workPerChar,
        long workAllowance,
        boolean strict,
        Dialect dialect) {

    private static final ReadOptions DEFAULTS = builder().build();

    /**
     * Checks the components and keeps unmodifiable copies of its lists.
     *
     * @param maxFileBytes        files larger than this are rejected before anything is parsed (default 1 MiB)
     * @param maxFrontMatterBytes front matter larger than this is rejected before YAML sees it (default 64 KiB)
     * @param maxNestingDepth     deepest nesting of YAML collections, and of Markdown block containers (default 20 for
     *                            YAML; Markdown gets {@code 4 ×} this, since lists nest legitimately)
     * @param workPerChar         the Markdown parser may read each character this many times (default 50)
     * @param workAllowance       plus this many reads in total, so that small files are never cut short (default 1M)
     * @param strict              when {@code true} every warning is reported as an error, so that, for example, a byte
     *                            that is not UTF-8 fails a CI check (default {@code false})
     * @param dialect             the dialect to read every file as, or {@code null} to detect it per file (see
     *                            {@link Dialect}; default {@code null})
     */
    public ReadOptions {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxFrontMatterBytes, "maxFrontMatterBytes");
        positive(maxNestingDepth, "maxNestingDepth");
        positive(workPerChar, "workPerChar");
        positive(workAllowance, "workAllowance");
    }

    /** {@return the defaults: safe limits for files from anywhere} */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder starting from these options} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxFileBytes = maxFileBytes;
        b.maxFrontMatterBytes = maxFrontMatterBytes;
        b.maxNestingDepth = maxNestingDepth;
        b.workPerChar = workPerChar;
        b.workAllowance = workAllowance;
        b.strict = strict;
        b.dialect = dialect;
        return b;
    }

    /**
     * {@return the diagnostics as these options report them: warnings become errors in strict mode}
     *
     * @param diagnostics findings of a read
     */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        return strict ? diagnostics.stream().map(Diagnostic::asError).toList() : List.copyOf(diagnostics);
    }

    /**
     * {@return the total number of character reads the Markdown parser may make on a body of {@code length} chars}
     *
     * @param length the body's length in chars
     */
    public long markdownWorkBudget(int length) {
        return workAllowance + (long) workPerChar * length;
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Builds {@link ReadOptions}; every setter documents its default on the record. */
    public static final class Builder {
        private long maxFileBytes = 1L << 20;
        private int maxFrontMatterBytes = 64 << 10;
        private int maxNestingDepth = 20;
        private int workPerChar = 50;
        private long workAllowance = 1_000_000L;
        private boolean strict;
        private Dialect dialect;

        private Builder() {}

        /**
         * Sets {@code maxFileBytes}.
         *
         * @param bytes files larger than this are rejected before anything is parsed (default 1 MiB)
         * @return this builder
         */
        public Builder maxFileBytes(long bytes) {
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Sets {@code maxFrontMatterBytes}.
         *
         * @param bytes front matter larger than this is rejected before YAML sees it (default 64 KiB)
         * @return this builder
         */
        public Builder maxFrontMatterBytes(int bytes) {
            this.maxFrontMatterBytes = bytes;
            return this;
        }

        /**
         * Sets {@code maxNestingDepth}.
         *
         * @param depth deepest nesting of YAML collections, and of Markdown block containers (default 20 for YAML;
         *              Markdown gets {@code 4 ×} this, since lists nest legitimately)
         * @return this builder
         */
        public Builder maxNestingDepth(int depth) {
            this.maxNestingDepth = depth;
            return this;
        }

        /**
         * Sets {@code workPerChar}.
         *
         * @param reads the Markdown parser may read each character this many times (default 50)
         * @return this builder
         */
        public Builder workPerChar(int reads) {
            this.workPerChar = reads;
            return this;
        }

        /**
         * Sets {@code workAllowance}.
         *
         * @param reads plus this many reads in total, so that small files are never cut short (default 1M)
         * @return this builder
         */
        public Builder workAllowance(long reads) {
            this.workAllowance = reads;
            return this;
        }

        /**
         * Sets {@code strict}: every warning of reading becomes an error.
         *
         * @param strictMode when {@code true} every warning is reported as an error, so that, for example, a byte that
         *                   is not UTF-8 fails a CI check (default {@code false})
         * @return this builder
         */
        public Builder strict(boolean strictMode) {
            this.strict = strictMode;
            return this;
        }

        /**
         * Reads every file as this dialect instead of detecting it; {@code null} detects (the default).
         *
         * @param value the dialect to read every file as, or {@code null} to detect it per file (the default)
         * @return this builder
         */
        public Builder dialect(Dialect value) {
            this.dialect = value;
            return this;
        }

        /** {@return the ReadOptions with what was set} */
        public ReadOptions build() {
            return new ReadOptions(
                    maxFileBytes, maxFrontMatterBytes, maxNestingDepth, workPerChar, workAllowance, strict, dialect);
        }
    }
}
