package org.persona4j.validation.internal;

import java.nio.file.Path;
import org.persona4j.validation.FileReport;

/** How the reports for other tools name a file: its path relative to a base folder, with slashes; else its label. */
final class ReportPaths {

    private ReportPaths() {}

    /**
     * {@return the file's path relative to {@code base} with {@code /} separators ({@code ..} segments for a file
     * outside it), or its label when it names no file ({@code classpath:…}, {@code HEAD~1:…}, standard input)}
     */
    static String of(FileReport file, Path base) {
        Path path = file.file().orElse(null);
        if (path == null) {
            return file.label();
        }
        Path relative = base.toAbsolutePath()
                .normalize()
                .relativize(path.toAbsolutePath().normalize());
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
