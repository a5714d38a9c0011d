package org.persona4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The opening heading of a body, read from its first lines as CommonMark reads a level-1 heading. */
class TitlesTest {

    @Test
    void anAtxOrSetextHeadingFirstIsTheTitle() {
        assertEquals("Java Upgrade", Titles.openingHeading("# Java Upgrade\n\nText."));
        assertEquals("Java Upgrade", Titles.openingHeading("\n\n   #   Java   Upgrade  ##  \nText"));
        assertEquals("C# tips", Titles.openingHeading("# C# tips"));
        assertEquals("Java Upgrade", Titles.openingHeading("\r\nJava Upgrade\r\n=====\r\n"));
        assertEquals("Issue #12", Titles.openingHeading("# Issue #12"));
        assertEquals("", Titles.openingHeading("# ##"));
    }

    @Test
    void anythingElseFirstIsNoTitle() {
        assertEquals("", Titles.openingHeading("## Role Summary\n\nText"));
        assertEquals("", Titles.openingHeading("#Title"));
        assertEquals("", Titles.openingHeading("    # Indented code"));
        assertEquals("", Titles.openingHeading("Some text\n\n# Title"));
        assertEquals("", Titles.openingHeading("- item\n==="));
        assertEquals("", Titles.openingHeading("```\n# not a title\n```"));
        assertEquals("", Titles.openingHeading(""));
        assertEquals("", Titles.openingHeading("   \n\t\n"));
        assertEquals("", Titles.openingHeading("Text\n=== no"));
    }
}
