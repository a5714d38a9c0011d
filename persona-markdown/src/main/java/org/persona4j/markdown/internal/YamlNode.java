package org.persona4j.markdown.internal;

import java.util.List;

/** A front-matter value as SnakeYAML's events described it, with its position in the file. */
sealed interface YamlNode {

    /** 1-based line and column in the file. */
    int line();

    int column();

    /** A scalar: its text as written (unquoted), and whether it was plain (unquoted, not a block scalar). */
    record Scalar(String text, boolean plain, int line, int column) implements YamlNode {}

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {}

    record Mapping(List<Pair> entries, int line, int column) implements YamlNode {}

    /** One key and its value; keys are scalars. */
    record Pair(Scalar key, YamlNode value) {}
}
