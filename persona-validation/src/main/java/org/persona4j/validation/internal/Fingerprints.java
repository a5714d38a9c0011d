package org.persona4j.validation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.persona4j.Diagnostic;
import org.persona4j.validation.FileReport;

/**
 * Fingerprints of findings that do not move when lines are added above them: the code, the content of the finding's
 * line without its surrounding blanks, and which occurrence of that pair in the file it is. SARIF's
 * {@code partialFingerprints} and baselines use them.
 */
public final class Fingerprints {

    private Fingerprints() {}

    /** The fingerprints of a file's findings, in the order of {@link FileReport#diagnostics()}. */
    public static List<String> of(FileReport file) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(file.diagnostics().size());
        for (Diagnostic d : file.diagnostics()) {
            String key = d.code() + "\u0000" + file.line(d.line()).orElse("").strip();
            int occurrence = seen.merge(key, 1, Integer::sum);
            out.add(hash(key + "\u0000" + occurrence));
        }
        return out;
    }

    /** {@return the first 16 bytes of the text's SHA-256, in hex: a fingerprint's form} */
    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
