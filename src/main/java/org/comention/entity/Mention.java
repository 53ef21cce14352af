package org.comention.entity;

/**
 * An entity found in a text: {@code [start, end)} are offsets into the original text and cover
 * the whole token, attached proclitics included (وستولتنبرغ), so the surface is
 * {@code text.substring(start, end)}. {@code normalizedStart} is the offset of the match in the
 * normalised text, which token windows count in. {@code how} says how it matched, {@code alias}
 * which gazetteer alias it came from (for a variant or a surname, the listed alias it derives
 * from); null for mentions made by hand in tests.
 */
public record Mention(int entity, AliasKind kind, int start, int end, int normalizedStart, MatchKind how, Alias alias) {

    /** A mention matched as its alias kind implies: a name normalised, an adjective adjectival. */
    public Mention(int entity, AliasKind kind, int start, int end, int normalizedStart) {
        this(entity, kind, start, end, normalizedStart, kind == AliasKind.ADJECTIVAL ? MatchKind.ADJECTIVAL : MatchKind.NORMALISED,
                null);
    }
}
