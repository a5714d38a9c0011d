package org.persona4j.diff;

import java.util.Locale;
import org.persona4j.DiagnosticCode;
import org.persona4j.Severity;

/** What kind of change a {@link Change} is; each has a stable code ({@code diff.item-removed}) for reports. */
public enum ChangeType {
    /** A persona file present only in the new tree. */
    PERSONA_ADDED(Severity.INFO, "a persona was added"),
    /** A persona file present only in the old tree. */
    PERSONA_REMOVED(Severity.WARNING, "a persona was removed"),
    /** A front-matter key only the new persona has. */
    METADATA_ADDED(Severity.INFO, "a front-matter key was added"),
    /** A front-matter key only the old persona has. */
    METADATA_REMOVED(Severity.WARNING, "a front-matter key was removed"),
    /** A front-matter key whose value changed. */
    METADATA_CHANGED(Severity.INFO, "a front-matter value changed"),
    /** A section only the new persona has. */
    SECTION_ADDED(Severity.INFO, "a section was added"),
    /** A section only the old persona has. */
    SECTION_REMOVED(Severity.WARNING, "a section was removed"),
    /** A section that kept its heading and content place but moved among the others. */
    SECTION_MOVED(Severity.INFO, "a section moved"),
    /** A section whose heading changed. */
    SECTION_RENAMED(Severity.INFO, "a section was renamed"),
    /** Prose of a section changed (lines added or removed outside the items, examples and templates). */
    SECTION_TEXT_CHANGED(Severity.INFO, "the text of a section changed"),
    /** A list item (a goal, constraint, directive, capability, knowledge or interaction entry) was added. */
    ITEM_ADDED(Severity.INFO, "a list item was added"),
    /** A list item was removed (a reworded item is one removed and one added). */
    ITEM_REMOVED(Severity.WARNING, "a list item was removed"),
    /** A capability group kept most of its items under another name. */
    GROUP_RENAMED(Severity.INFO, "a capability group was renamed"),
    /** A capability group only the new persona has. */
    GROUP_ADDED(Severity.INFO, "a capability group was added"),
    /** A capability group only the old persona has. */
    GROUP_REMOVED(Severity.WARNING, "a capability group was removed"),
    /** An example only the new persona has. */
    EXAMPLE_ADDED(Severity.INFO, "an example was added"),
    /** An example only the old persona has. */
    EXAMPLE_REMOVED(Severity.INFO, "an example was removed"),
    /** An example of the same title whose exchanges changed. */
    EXAMPLE_CHANGED(Severity.INFO, "an example changed"),
    /** A code template only the new persona has. */
    TEMPLATE_ADDED(Severity.INFO, "a code template was added"),
    /** A code template only the old persona has. */
    TEMPLATE_REMOVED(Severity.INFO, "a code template was removed"),
    /** A code template of the same name whose code or language changed. */
    TEMPLATE_CHANGED(Severity.INFO, "a code template changed"),
    /** The body changed while the declared {@code version} stayed the same. */
    VERSION_UNCHANGED(Severity.WARNING, "the body changed but the version did not");

    private final DiagnosticCode code;

    ChangeType(Severity severity, String description) {
        this.code = new DiagnosticCode(
                "diff." + name().toLowerCase(Locale.ROOT).replace('_', '-'),
                severity,
                description,
                "Review the change; a gate (--fail-on) decides whether it fails the build.");
    }

    /** {@return the stable code of this kind of change, with the severity reports give it} */
    public DiagnosticCode code() {
        return code;
    }

    /** {@return whether this change takes something away: a persona, key, section, item, group, example or template} */
    public boolean isRemoval() {
        return name().endsWith("_REMOVED");
    }

    /** {@return whether this change adds something} */
    public boolean isAddition() {
        return name().endsWith("_ADDED");
    }
}
