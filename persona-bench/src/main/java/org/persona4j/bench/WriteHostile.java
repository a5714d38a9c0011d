package org.persona4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one 1 MiB input per class of the second hostile-input round (docs/SECURITY.md) and prints, per line, a case
 * name, a tab, and the {@code persona} arguments that run it; {@code run.sh} times each whole process (CPU seconds).
 */
public final class WriteHostile {

    private static final int MIB = 1 << 20;

    private WriteHostile() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        String head = "---\ntitle: Hostile\nversion: 1.0.0\n---\n## Role Summary\n";
        write(dir, "hidden-body.md", head + fill("Looks fine \u202E\u2066\u200B\u00AD\u2062\uDB40\uDC49 text.\n"));
        print("hidden text in the body", "lint " + dir.resolve("hidden-body.md"));
        StringBuilder escapes = new StringBuilder("---\ntitle: Hostile\ndescription: \"");
        while (escapes.length() < 60_000) {
            escapes.append("safe\\u202E\\U000E0049\\e\\0");
        }
        write(dir, "yaml-escapes.md", escapes + "\"\n---\n## Role Summary\n" + fill("Plain text.\n"));
        print("hidden text as YAML escapes", "lint " + dir.resolve("yaml-escapes.md"));
        write(dir, "directives.md", head + fill("<!-- persona-lint-disable " + "a-".repeat(300) + " x -->\n"));
        print("directives", "lint " + dir.resolve("directives.md"));
        Path config = dir.resolve("backtracking.yaml");
        Files.writeString(config, "versionPattern: '(.*a){20}'\n");
        write(
                dir,
                "version.md",
                "---\ntitle: Hostile\nversion: " + "a".repeat(30_000) + "!\n---\n## Role Summary\n"
                        + fill("Plain text.\n"));
        print("backtracking version pattern", "lint --config " + config + " " + dir.resolve("version.md"));
        StringBuilder applyTo = new StringBuilder("---\ntitle: Hostile\napplyTo: \"");
        while (applyTo.length() < 60_000) {
            applyTo.append("src/{a,b,c,d}/{e,f,g,h}/**/*.x,");
        }
        write(dir, "apply-to.md", applyTo + "\"\n---\n## Role Summary\n" + fill("Plain text.\n"));
        print("applyTo expansion", "query " + dir + " --applies-to src/a/e/deep/file.x");
        write(dir, "render-bomb.md", head + fill("{{x}}"));
        print("render expansion", "render " + dir.resolve("render-bomb.md") + " --var x=" + "y".repeat(200));
        StringBuilder table = new StringBuilder(head + "| a | b | c |\n|---|---|---|\n");
        for (int i = 0; table.length() < MIB - 100; i++) {
            table.append("| ").append(i).append(" | cell | more |\n");
        }
        write(dir, "table.md", table.toString());
        print("a large table", "show " + dir.resolve("table.md"));
        write(dir, "dense-table.md", head + "|a|\n|-|\n" + fill("|b|\n"));
        print("a dense table", "show " + dir.resolve("dense-table.md"));
        write(dir, "marked-lines.md", head + fill("> =b\n"));
        print("lines every block parser is asked about", "show " + dir.resolve("marked-lines.md"));
        StringBuilder refs = new StringBuilder(head);
        for (int i = 0; refs.length() < MIB - 100; i++) {
            refs.append("[ref")
                    .append(i)
                    .append("]: https://example.org/")
                    .append(i)
                    .append('\n');
        }
        write(dir, "link-references.md", refs.toString());
        print("link reference definitions", "show " + dir.resolve("link-references.md"));
        write(dir, "paragraphs.md", head + fill("One sentence on its own.\n\n"));
        print("one-line paragraphs", "show " + dir.resolve("paragraphs.md"));
        write(
                dir,
                "terminal.md",
                "---\ntitle: \"Evil\\e]0;x\\a\\e[2J\"\n---\n## Role Summary\n"
                        + fill("Text \u001B[31m red \u001B]0;title\u0007 and \r forged lines.\n"));
        print("terminal escapes", "show " + dir.resolve("terminal.md"));
        write(
                dir,
                "second-document.md",
                "---\ntitle: A\n--- !!map\nrole: admin\n---\n## Role Summary\n" + fill("Plain text.\n"));
        print("a second YAML document", "lint " + dir.resolve("second-document.md"));
        // Pairing made quadratic: thousands of sections of one kind under other headings, groups that all change.
        // Two files of half a MiB each: the command's input is 1 MiB, as in the other cases.
        write(dir, "diff-old.md", head + half("## Constraints\n\n- rule\n\n- **Group**: x, y\n\n"));
        write(dir, "diff-new.md", head + half("## Guardrails\n\n- other\n\n- **Other**: p, q\n\n"));
        print("structural diff", "diff " + dir.resolve("diff-old.md") + " " + dir.resolve("diff-new.md"));
        Path chain = Files.createDirectories(dir.resolve("chain"));
        write(chain, "base.md", "---\ntitle: Base\n---\n" + half("## Note\n\nx\n\n"));
        write(chain, "child.md", "---\ntitle: Child\nextends: base\n---\n" + half("## Other\n\ny\n\n"));
        print("layers of an extends chain", "show --layers " + chain.resolve("child.md"));
    }

    /** Repeats a unit to just under half a MiB of UTF-8: one of two files that make a 1 MiB input. */
    private static String half(String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, (MIB / 2 - 4096) / unitBytes));
    }

    /** Repeats a unit to just under 1 MiB of UTF-8. */
    private static String fill(String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, (MIB - 4096) / unitBytes));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static void print(String name, String arguments) {
        System.out.println(name + "\t" + arguments);
    }
}
