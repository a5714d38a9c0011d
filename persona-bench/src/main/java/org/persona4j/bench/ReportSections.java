package org.persona4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.persona4j.bench.Report.Row;

/** The parts of docs/PERFORMANCE.md beside the table: where a lint's time goes, the hostile inputs, the chart. */
final class ReportSections {

    private ReportSections() {}

    /** Where a lint's time goes, from the numbers of the same run. */
    static String lintSection(JsonNode lint) {
        if (lint == null) {
            return "";
        }
        JsonNode scale = lint.get("scale");
        double startup = lint.get("oneFileMillis").asDouble();
        double corpus = lint.get("personaMillis").asDouble();
        double read = scale.get("readMillisPerFile").asDouble();
        double lintCpu = scale.get("lintCpuMillisPerFile").asDouble();
        return String.format(
                Locale.ROOT,
                "%n## Lint: where the time goes%n%n"
                        + "A lint of one file takes %.0f ms as a whole process: the JVM and the class-data archive, picocli, "
                        + "and Hibernate Validator's bootstrap (once per process, on the common pool, while files are found and read). The "
                        + "corpus takes %.0f ms, so its files add %.0f ms, on every core, most of it while the JIT still "
                        + "runs the reader cold. Warm, a file costs %.3f ms of CPU to lint, of which the full typed read "
                        + "(%.3f ms on one thread) is %.0f %%: reading dominates, and the rules are the rest (the hidden-"
                        + "character rules share one pass over each text). The launcher runs the client compiler only, "
                        + "which starts fastest; the warm figures above are the server compiler's.%n",
                startup,
                corpus,
                corpus - startup,
                lintCpu,
                read,
                100 * read / lintCpu);
    }

    /** The whole-process CPU time of each hostile-input case, against its target of 2.5 s. */
    static String hostile(List<String> lines) {
        StringBuilder md = new StringBuilder("\n## Hostile inputs, whole process\n\n")
                .append("Each case of the second hostile-input round (docs/SECURITY.md) on a 1 MiB input, run once ")
                .append("through the launcher; CPU seconds (user + system) of the whole process, target under 2.5 s ")
                .append("each (`WriteHostile` in persona-bench writes the inputs).\n\n")
                .append("| case | command | CPU s | met |\n|---|---|---|---|\n");
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            double cpu = Double.parseDouble(f[2]);
            String command = f[1].replaceAll("/tmp/[^ ]*/hostile/", "").replaceAll("/tmp/[^ ]*/hostile", "DIR");
            md.append("| ")
                    .append(f[0])
                    .append(" | `persona ")
                    .append(command.length() > 60 ? command.substring(0, 57) + "…" : command)
                    .append("` | ")
                    .append(String.format(Locale.ROOT, "%.2f", cpu))
                    .append(" | ")
                    .append(cpu < 2.5 ? "yes" : "**no**")
                    .append(" |\n");
        }
        return md.toString();
    }

    /** Bars of measured / target on a log scale; the line at 1 is the target. */
    static void chart(List<Row> rows, Path file) throws IOException {
        int width = 900;
        int rowHeight = 34;
        int left = 430;
        int height = 60 + rows.size() * rowHeight;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        double span = 4; // log2 range either side of the target
        int axis = left + (width - left - 20) / 2;
        double scale = (width - left - 20) / (2 * span);
        g.setColor(Color.DARK_GRAY);
        g.drawString("headroom: bars right of the line meet the target (log scale, ×2 per step)", 10, 20);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double headroom = r.atLeast() ? r.value() / r.limit() : r.limit() / r.value();
            double log = Math.max(-span, Math.min(span, Math.log(headroom) / Math.log(2)));
            int y = 40 + i * rowHeight;
            g.setColor(Color.BLACK);
            g.drawString(r.measure().replace("`", ""), 10, y + 16);
            g.setColor(r.met() ? new Color(0x2E7D32) : new Color(0xC62828));
            int x0 = (int) Math.min(axis, axis + log * scale);
            g.fillRect(x0, y + 4, (int) Math.abs(log * scale), rowHeight - 12);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawLine(axis, 30, axis, height - 10);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
