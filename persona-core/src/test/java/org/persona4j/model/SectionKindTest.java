package org.persona4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionKindTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1. Role Summary | ROLE_SUMMARY",
                "Role Summary | ROLE_SUMMARY",
                "role summary | ROLE_SUMMARY",
                "1. Agent Identity & Technical Focus | ROLE_SUMMARY",
                "Overview | ROLE_SUMMARY",
                "Purpose | ROLE_SUMMARY",
                "2. Goals & Responsibilities | GOALS",
                "2. Goals and Responsibilities | GOALS",
                "2) Technical Role & Responsibilities | GOALS",
                "3. Tools & Capabilities | CAPABILITIES",
                "Capabilities | CAPABILITIES",
                "4. Knowledge Scope | KNOWLEDGE",
                "Technical Expertise & Knowledge | KNOWLEDGE",
                "Expertise | KNOWLEDGE",
                "Knowledge Base | KNOWLEDGE",
                "5. Constraints | CONSTRAINTS",
                "Technical Standards & Constraints | CONSTRAINTS",
                "6. Behavioral Directives | DIRECTIVES",
                "AI Agent Behavioral Framework | DIRECTIVES",
                "Behavioral Traits | DIRECTIVES",
                "Response Approach | DIRECTIVES",
                "Personality | DIRECTIVES",
                "7. Interaction Protocol | INTERACTION",
                "Communication & Technical Interaction | INTERACTION",
                "Interaction Style | INTERACTION",
                "8. Example Workflows | EXAMPLES",
                "Technical Scenarios & Response Patterns | EXAMPLES",
                "Engagement Scenarios | EXAMPLES",
                "Example Interactions | EXAMPLES",
                "9. Templates & Patterns | TEMPLATES",
                "Technical Templates & Communication Patterns | TEMPLATES",
                "10. Metadata | METADATA",
                "10. Agent Configuration & Metadata | METADATA",
                "Technical Metadata | METADATA",
                "Rôle Summary | ROLE_SUMMARY",
                "Key Distinctions | OTHER",
                "'' | OTHER",
            })
    void headingsAreRecognisedByMeaning(String heading, SectionKind expected) {
        assertEquals(expected, SectionKind.fromHeading(heading));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Advanced Constraints for Teams | CONSTRAINTS",
                "Sample Scenarios Library | EXAMPLES",
                "Persona Metadata and History | METADATA"
            })
    void unlistedHeadingsFallBackToTheirKeyWords(String heading, SectionKind expected) {
        assertEquals(expected, SectionKind.fromHeading(heading));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"A Day in the Life | OTHER", "a. Goals | GOALS", "iv. Constraints | CONSTRAINTS"})
    void onlyNumberingIsStrippedNotLeadingWords(String heading, SectionKind expected) {
        assertEquals(expected, SectionKind.fromHeading(heading));
    }
}
