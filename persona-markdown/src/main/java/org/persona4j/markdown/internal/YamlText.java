package org.persona4j.markdown.internal;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes plain value trees (maps, lists, strings, numbers, booleans, nulls) as block-style YAML; a {@code null} is
 * written as nothing ({@code key:}), which is how a key with no value reads back.
 */
final class YamlText {

    /** Represents {@code null} as an empty plain scalar instead of the word {@code null}. */
    private static final class EmptyNulls extends org.yaml.snakeyaml.representer.Representer {
        EmptyNulls(DumperOptions options) {
            super(options);
            this.nullRepresenter = data -> representScalar(org.yaml.snakeyaml.nodes.Tag.NULL, "");
        }
    }

    private YamlText() {}

    static String dump(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(new EmptyNulls(options), options).dump(value);
    }
}
