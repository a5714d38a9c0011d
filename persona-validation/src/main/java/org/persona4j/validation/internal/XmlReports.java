package org.persona4j.validation.internal;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.persona4j.Diagnostic;
import org.persona4j.Severity;
import org.persona4j.TerminalText;
import org.persona4j.validation.FileReport;
import org.persona4j.validation.LintReport;

/**
 * Findings as the XML that CI servers read: JUnit's test report (Jenkins, GitLab, Azure Pipelines and most others show
 * it as tests) and Checkstyle's (Jenkins' warnings plugin, reviewdog, SonarQube). Written by the JDK's
 * {@link XMLStreamWriter}, which escapes markup; text from input is made visible first ({@link TerminalText}), and any
 * character XML 1.0 cannot hold becomes U+FFFD, so a hostile file cannot break the document.
 */
public final class XmlReports {

    private XmlReports() {}

    /**
     * {@return a JUnit XML report: one test suite per file, one failing test case per error or warning, and one passing
     * test case for a file without them; notes are in the suite's {@code system-out}}
     *
     * @param report the report
     * @param base   the folder paths are relative to
     */
    public static String junit(LintReport report, Path base) {
        return write(xml -> {
            long failures = report.count(Severity.ERROR) + report.count(Severity.WARNING);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "persona lint");
            xml.writeAttribute("tests", String.valueOf(Math.max(1, tests(report))));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            for (FileReport file : report.files()) {
                String path = safe(ReportPaths.of(file, base));
                List<Diagnostic> failing = file.diagnostics().stream()
                        .filter(d -> d.severity() != Severity.INFO)
                        .toList();
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", path);
                xml.writeAttribute("tests", String.valueOf(Math.max(1, failing.size())));
                xml.writeAttribute("failures", String.valueOf(failing.size()));
                xml.writeAttribute("errors", "0");
                if (failing.isEmpty()) {
                    xml.writeEmptyElement("testcase");
                    xml.writeAttribute("classname", path);
                    xml.writeAttribute("name", "persona lint");
                }
                for (Diagnostic d : failing) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", path);
                    xml.writeAttribute("name", safe(d.code()) + " at " + d.line() + ":" + d.column());
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", safe(d.code()));
                    xml.writeAttribute("message", safe(d.message()) + fixable(file, d));
                    xml.writeCharacters(path + ":" + d.line() + ":" + d.column() + ": "
                            + d.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + safe(d.code()) + " "
                            + safe(d.message()) + fixable(file, d));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                StringBuilder notes = new StringBuilder();
                for (Diagnostic d : file.diagnostics()) {
                    if (d.severity() == Severity.INFO) {
                        notes.append(path)
                                .append(':')
                                .append(d.line())
                                .append(':')
                                .append(d.column());
                        notes.append(": note ")
                                .append(safe(d.code()))
                                .append(' ')
                                .append(safe(d.message()));
                        notes.append(fixable(file, d)).append('\n');
                    }
                }
                if (!notes.isEmpty()) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(notes.toString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /**
     * {@return a Checkstyle XML report: each file with its findings as {@code error} elements whose {@code source} is
     * the code}
     *
     * @param report the report
     * @param base   the folder paths are relative to
     */
    public static String checkstyle(LintReport report, Path base) {
        return write(xml -> {
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "4.3");
            for (FileReport file : report.files()) {
                xml.writeStartElement("file");
                xml.writeAttribute("name", safe(ReportPaths.of(file, base)));
                for (Diagnostic d : file.diagnostics()) {
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", String.valueOf(Math.max(0, d.line())));
                    if (d.column() > 0) {
                        xml.writeAttribute("column", String.valueOf(d.column()));
                    }
                    xml.writeAttribute("severity", severity(d.severity()));
                    xml.writeAttribute("message", safe(d.message()) + fixable(file, d));
                    xml.writeAttribute("source", "persona4j." + safe(d.code()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static long tests(LintReport report) {
        long n = 0;
        for (FileReport f : report.files()) {
            n += Math.max(
                    1,
                    f.diagnostics().stream()
                            .filter(d -> d.severity() != Severity.INFO)
                            .count());
        }
        return n;
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }

    private static String fixable(FileReport file, Diagnostic d) {
        return file.isFixable(d) ? " (fixable: persona lint --fix)" : "";
    }

    /** Text from input, visible and on one line, with every character XML 1.0 cannot hold replaced. */
    static String safe(String text) {
        String visible = TerminalText.escape(text);
        StringBuilder out = new StringBuilder(visible.length());
        for (int i = 0; i < visible.length(); ) {
            int cp = visible.codePointAt(i);
            i += Character.charCount(cp);
            boolean allowed = cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(cp);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text + "\n";
    }
}
