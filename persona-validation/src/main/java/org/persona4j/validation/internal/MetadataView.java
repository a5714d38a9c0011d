package org.persona4j.validation.internal;

import org.persona4j.PersonaMetadata;

/**
 * The front matter as a plain bean for Bean Validation. Constraints are attached programmatically by
 * {@link MetadataConstraints}, so that limits come from configuration rather than annotations.
 */
public final class MetadataView {

    final String title;
    final String version;
    final String author;
    final String description;
    final String lastUpdated;
    final Double summaryScore;
    final String agentMode;
    final String guidelines;
    final String instructionType;

    MetadataView(PersonaMetadata m) {
        title = m.title().or(() -> m.extraText("name")).orElse(null);
        version = m.version().orElse(null);
        author = m.author().orElse(null);
        description = m.description().orElse(null);
        lastUpdated = m.lastUpdated().orElse(null);
        summaryScore = m.summaryScore().orElse(null);
        agentMode = m.agentMode().orElse(null);
        guidelines = m.guidelines().orElse(null);
        instructionType = m.instructionType().orElse(null);
    }
}
