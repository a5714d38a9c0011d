package org.persona4j.internal.dialect;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.persona4j.Dialect;
import org.persona4j.dialect.DialectSpec;
import org.persona4j.dialect.KeyRole;
import org.persona4j.dialect.KeySpec;
import org.persona4j.dialect.Lifecycle;

/**
 * Each dialect's keys by name and by role, looked up in constant time: metadata asks for them on every accessor call
 * of every persona of a catalog, where {@link DialectSpec#key} and {@link DialectSpec#keyFor} walk the table. Answers
 * exactly what those two do.
 */
public final class KeyIndex {

    private record Index(Map<String, KeySpec> byName, Map<KeyRole, KeySpec> byRole, String[] nameByRole) {}

    private static final Map<Dialect, Index> INDEX = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : Dialect.values()) {
            DialectSpec spec = DialectTables.of(d);
            Map<String, KeySpec> byName = new HashMap<>();
            Map<KeyRole, KeySpec> byRole = new EnumMap<>(KeyRole.class);
            for (KeySpec k : spec.keys()) {
                byName.putIfAbsent(k.name(), k);
                if (k.status() != Lifecycle.RETIRED) {
                    byRole.putIfAbsent(k.role(), k);
                }
            }
            String[] nameByRole = new String[KeyRole.values().length];
            byRole.forEach((role, k) -> nameByRole[role.ordinal()] = k.name());
            INDEX.put(d, new Index(Map.copyOf(byName), byRole, nameByRole));
        }
    }

    private KeyIndex() {}

    /**
     * {@return the dialect's key of this name, as {@link DialectSpec#key} finds it}
     *
     * @param dialect the dialect
     * @param name    the key as written
     */
    public static Optional<KeySpec> key(Dialect dialect, String name) {
        return Optional.ofNullable(INDEX.get(dialect).byName().get(name));
    }

    /**
     * {@return the dialect's first current key with this role, as {@link DialectSpec#keyFor} finds it}
     *
     * @param dialect the dialect
     * @param role    what the key means
     */
    public static Optional<KeySpec> keyFor(Dialect dialect, KeyRole role) {
        return Optional.ofNullable(INDEX.get(dialect).byRole().get(role));
    }

    /**
     * {@return the name of the dialect's first current key with this role, or {@code null}: {@link #keyFor} without
     * the wrapping, for accessors called in sorting and indexing loops}
     *
     * @param dialect the dialect
     * @param role    what the key means
     */
    public static String nameFor(Dialect dialect, KeyRole role) {
        return INDEX.get(dialect).nameByRole()[role.ordinal()];
    }
}
