package org.persona4j.internal.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.persona4j.PersonaMetadata;
import org.persona4j.convert.LedgerEntry.Outcome;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;

/**
 * The keys that say where a persona applies (file patterns, always-apply) mapped to a target dialect: scope words
 * and Cursor's quoted globs read as their tool reads them, and what the target does without them said in the ledger.
 */
final class ScopeMapper {

    private final PersonaMetadata m;
    private final DialectSpec src;
    private final DialectSpec tgt;
    private final MappedKeys out;

    ScopeMapper(PersonaMetadata metadata, DialectSpec source, DialectSpec target, MappedKeys out) {
        this.m = metadata;
        this.src = source;
        this.tgt = target;
        this.out = out;
    }

    /** File patterns: scope words mean every file; written where the target keeps patterns, or as always-apply. */
    void patterns(String key, KeySpec from, Object value) {
        if (src.keyFor(KeyRole.ALWAYS).isPresent()
                && m.alwaysApply().orElse(false)
                && tgt.keyFor(KeyRole.ALWAYS).isEmpty()) {
            out.lost(
                    key,
                    src.displayName() + "s ignore file patterns when '"
                            + src.keyFor(KeyRole.ALWAYS).get().name()
                            + "' is true, so it applies to every file; written as that");
            return;
        }
        List<String> items = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean unquoted = false;
        for (String written : from.items(value)) {
            String item = written;
            if (src.syntax() == org.persona4j.dialect.FrontMatterSyntax.LINES) {
                // Cursor keeps quotes and brackets as part of a glob, which then matches nothing; what was meant is
                // the glob inside them.
                item = bare(written);
                unquoted |= !item.equals(written);
            }
            if (item.isEmpty()) {
                continue;
            }
            if (src.scope().isScopeWord(item)) {
                words.add(item);
                items.add("**");
            } else {
                items.add(item);
            }
        }
        boolean everywhere = !items.isEmpty() && items.stream().allMatch(i -> i.equals("**") || i.equals("**/*"));
        String scopeNote = words.isEmpty()
                ? ""
                : "'" + String.join("', '", words) + "' names an audience, not files, and means every file";
        if (unquoted) {
            scopeNote = MappedKeys.join(
                    scopeNote,
                    "the quotes and brackets Cursor kept as part of the globs (so that they matched "
                            + "no file) were left out");
        }
        Optional<KeySpec> always = tgt.keyFor(KeyRole.ALWAYS);
        Optional<KeySpec> to = tgt.keyFor(KeyRole.PATTERNS);
        if (everywhere && always.isPresent()) {
            out.put(
                    key,
                    always.get().name(),
                    true,
                    Outcome.TRANSFORMED,
                    MappedKeys.join(scopeNote, "every file: " + always.get().name() + ": true"));
            return;
        }
        if (to.isEmpty()) {
            out.lost(key, tgt.displayName() + "s do not say which files they apply to");
            return;
        }
        List<String> merged =
                new ArrayList<>(to.get().items(out.frontMatter().get(to.get().name())));
        boolean adding = !merged.isEmpty();
        merged.addAll(items.stream().distinct().filter(i -> !merged.contains(i)).toList());
        Object written = to.get().written(merged);
        out.frontMatter().remove(to.get().name());
        boolean same =
                !adding && words.isEmpty() && !unquoted && key.equals(to.get().name()) && written.equals(value);
        String how = adding
                ? "added to " + to.get().name()
                : key.equals(to.get().name())
                        ? "written as " + to.get().form()
                        : "became " + to.get().name();
        out.put(
                key,
                to.get().name(),
                written,
                same ? Outcome.MAPPED : Outcome.TRANSFORMED,
                same ? "" : MappedKeys.join(scopeNote, how));
    }

    void always(String key, Object value) {
        boolean on = KeySpec.flag(value).orElse(false);
        Optional<KeySpec> to = tgt.keyFor(KeyRole.ALWAYS);
        Optional<KeySpec> patterns = tgt.keyFor(KeyRole.PATTERNS);
        if (to.isPresent()) {
            out.put(
                    key,
                    to.get().name(),
                    value,
                    key.equals(to.get().name()) ? Outcome.MAPPED : Outcome.TRANSFORMED,
                    "");
        } else if (on && patterns.isPresent()) {
            // The source ignores its own file patterns when it applies always (patterns() left them out).
            out.put(
                    key,
                    patterns.get().name(),
                    patterns.get().written(List.of("**")),
                    Outcome.TRANSFORMED,
                    "a rule applied always applies to every file: "
                            + patterns.get().name() + " '**'");
        } else if (on) {
            out.lost(key, tgt.displayName() + "s have no '" + key + "'; " + applies(tgt, true));
        } else {
            out.lost(
                    key,
                    tgt.displayName() + "s have no '" + key + "'; "
                            + (m.filePatterns().isEmpty()
                                    ? applies(tgt, false)
                                    : "the file patterns say where it applies"));
        }
    }

    /** What a file of the target without file patterns does, in words, against what the source meant. */
    private static String applies(DialectSpec tgt, boolean always) {
        boolean everywhere = switch (tgt.scope().kind()) {
            case PATTERNS -> tgt.scope().withoutPatterns();
            case DIRECTORY, REPOSITORY -> true;
            default -> false;
        };
        if (everywhere == always) {
            return "without it a " + tgt.displayName() + " does the same";
        }
        return everywhere
                ? "a " + tgt.displayName() + " applies to every file in its scope, where the source applied only "
                        + "when asked or chosen"
                : "a " + tgt.displayName() + " applies only when chosen, where the source applied to every file";
    }

    /** A glob without the quotes and brackets around it: {@code ["**}{@code /*.ts"} is {@code **}{@code /*.ts}. */
    private static String bare(String glob) {
        String g = glob.strip();
        if (g.startsWith("[")) {
            g = g.substring(1).strip();
        }
        if (g.endsWith("]")) {
            g = g.substring(0, g.length() - 1).strip();
        }
        if (g.length() >= 2 && (g.charAt(0) == '"' || g.charAt(0) == '\'') && g.charAt(g.length() - 1) == g.charAt(0)) {
            g = g.substring(1, g.length() - 1).strip();
        }
        return g;
    }
}
