package org.persona4j.markdown.internal;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes plain value trees (maps, lists, strings, numbers, booleans, nulls) as block-style YAML. */
final class YamlText {

    private YamlText() {}

    static String dump(Object value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        return new Yaml(options).dump(value);
    }
}
