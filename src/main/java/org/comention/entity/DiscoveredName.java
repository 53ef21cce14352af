package org.comention.entity;

/**
 * A name that {@link NameRules} found in one document part and no gazetteer entry covers.
 *
 * <p>{@code [start, end)} are offsets into the original text and cover whole tokens, attached
 * clitics and suffixes included (وللبرهان, Erdoğan'ın), like a {@link Mention}'s, so
 * {@code text.substring(start, end)} is the surface a gold annotator would copy;
 * {@code normalizedStart} is where it begins in the normalised text. {@code name} is the name
 * itself without those clitics and suffixes, as written (البرهان, Erdoğan): the form that
 * {@code aliases.csv} lists and that labels are chosen from. {@code strength} in {@code (0, 1]}
 * is how sure the rule that found it is that this is a name of {@code type}: a strong cue (a
 * title, an organisation's head word) near 0.9, a given name from a lexicon near 0.8, a bare
 * capitalised sequence near 0.5. {@code rule} names the rule or cue, for auditing.
 */
public record DiscoveredName(int start, int end, int normalizedStart, String name, EntityType type, double strength,
                             String rule) {

    public DiscoveredName {
        if (start < 0 || end <= start || normalizedStart < 0) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") at " + normalizedStart);
        }
        if (name == null || name.isBlank() || type == null || rule == null) {
            throw new IllegalArgumentException("a discovered name needs a name, a type and a rule");
        }
        if (!(strength > 0 && strength <= 1)) {
            throw new IllegalArgumentException("strength must be in (0, 1], not " + strength);
        }
    }
}
