package org.persona4j.dialect;

/** How a dialect names a file's persona when its front matter has no {@code id}. */
public enum IdRule {
    /** The file's path below its root, without its extension and the dialect's suffix ({@code .agent.md}…). */
    PATH,
    /** The front-matter {@code name}, else the path. */
    NAME_KEY,
    /** The path of the folder that holds the file (an Agent Skill is its folder). */
    FOLDER,
    /** The key of the entry in a file of several personas (CrewAI's {@code agents.yaml}). */
    ENTRY_KEY
}
