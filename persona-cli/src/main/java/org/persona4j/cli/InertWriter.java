package org.persona4j.cli;

import java.io.IOException;
import java.io.Writer;
import org.persona4j.TerminalText;

/**
 * A writer that passes every character through {@link TerminalText#escapeLines}: what the command prints for people
 * (standard error, text reports) can never change the terminal, whatever the input held.
 */
final class InertWriter extends Writer {

    private final Writer target;
    private char pendingHigh; // a high surrogate whose low half has not been written yet

    InertWriter(Writer target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        StringBuilder chunk = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
            chunk.append(pendingHigh);
            pendingHigh = 0;
        }
        chunk.append(chars, off, len);
        char last = chunk.charAt(chunk.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            chunk.setLength(chunk.length() - 1);
        }
        target.write(TerminalText.escapeLines(chunk));
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            target.write(TerminalText.escapeLines(String.valueOf(pendingHigh)));
            pendingHigh = 0;
        }
        target.close();
    }
}
