package org.comention.entity;

/**
 * Told how the building of a matcher advances, so a command can show it: deriving the keys of a
 * large gazetteer and building their automaton take seconds. The bundled gazetteer's matcher is
 * read ready-made ({@link PrebuiltMatcher}) and tells nothing.
 */
@FunctionalInterface
public interface MatcherProgress {
    /** Tells nothing. */
    MatcherProgress NONE = (step, done, total) -> {
    };

    /**
     * {@code done} of {@code total} units of {@code step} are finished; called from the building
     * thread, often, so it should only note the figures.
     *
     * @param step what is being done, with its size: {@code "deriving keys from 200,000 aliases"}
     */
    void advanced(String step, long done, long total);
}
