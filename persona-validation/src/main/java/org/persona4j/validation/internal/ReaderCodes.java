package org.persona4j.validation.internal;

import java.util.List;
import org.persona4j.DiagnosticCodes;
import org.persona4j.Severity;
import org.persona4j.validation.RuleInfo;

/** The codes reading itself reports, described for rule listings and SARIF. */
public final class ReaderCodes {

    private ReaderCodes() {
    }

    public static List<RuleInfo> all() {
        return List.of(
                new RuleInfo(DiagnosticCodes.FILE_TOO_LARGE, Severity.ERROR, "files are within the size limit"),
                new RuleInfo(DiagnosticCodes.FILE_UNREADABLE, Severity.ERROR, "files can be read"),
                new RuleInfo(DiagnosticCodes.INVALID_UTF8, Severity.WARNING, "files are valid UTF-8"),
                new RuleInfo(DiagnosticCodes.FRONT_MATTER_MISSING, Severity.WARNING, "files start with front matter"),
                new RuleInfo(DiagnosticCodes.FRONT_MATTER_UNCLOSED, Severity.ERROR, "front matter is closed"),
                new RuleInfo(DiagnosticCodes.FRONT_MATTER_TOO_LARGE, Severity.ERROR,
                        "front matter is within the size limit"),
                new RuleInfo(DiagnosticCodes.FRONT_MATTER_SYNTAX, Severity.ERROR, "front matter is valid YAML"),
                new RuleInfo(DiagnosticCodes.UNQUOTED_COLON, Severity.WARNING,
                        "values containing ': ' are quoted"),
                new RuleInfo(DiagnosticCodes.FRONT_MATTER_NOT_A_MAPPING, Severity.ERROR,
                        "front matter maps keys to values"),
                new RuleInfo(DiagnosticCodes.DUPLICATE_KEY, Severity.ERROR, "no key is given twice"),
                new RuleInfo(DiagnosticCodes.YAML_TAG, Severity.ERROR, "no explicit YAML tags"),
                new RuleInfo(DiagnosticCodes.YAML_ALIAS, Severity.ERROR, "no YAML anchors or aliases"),
                new RuleInfo(DiagnosticCodes.YAML_TOO_DEEP, Severity.ERROR, "front matter is not deeply nested"),
                new RuleInfo(DiagnosticCodes.FIELD_TYPE, Severity.WARNING, "values have the shape of their field"),
                new RuleInfo(DiagnosticCodes.AMBIGUOUS_SCALAR, Severity.WARNING,
                        "text that YAML would read as a boolean, null or number is quoted"),
                new RuleInfo(DiagnosticCodes.UNCLOSED_FENCE, Severity.WARNING, "code fences are closed"),
                new RuleInfo(DiagnosticCodes.HIDDEN_HEADING, Severity.WARNING,
                        "no heading is hidden inside an unclosed code fence"),
                new RuleInfo(DiagnosticCodes.WORK_BUDGET, Severity.ERROR,
                        "the body can be parsed within the work budget"),
                new RuleInfo(DiagnosticCodes.MARKDOWN_TOO_DEEP, Severity.ERROR, "the body is not deeply nested"),
                new RuleInfo(SetChecks.DUPLICATE_ID, Severity.ERROR, "no two personas of a set share an id"),
                new RuleInfo(SetChecks.DUPLICATE_TITLE, Severity.WARNING, "no two personas of a set share a title"));
    }
}
