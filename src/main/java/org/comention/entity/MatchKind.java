package org.comention.entity;

import java.util.Locale;

/** How a mention was matched, for auditing (the mention table and {@code aliases.csv}). */
public enum MatchKind {
    /** The text is the alias, character for character. */
    EXACT,
    /** The text equals the alias after normalisation (letter forms, case, diacritics, inflection). */
    NORMALISED,
    /** As {@link #NORMALISED}, behind attached Arabic proclitics (وروسيا, للناتو). */
    PROCLITIC,
    /** A generated spelling variant of a listed alias (ستولتنبرق for ستولتنبرغ). */
    VARIANT,
    /** An adjectival alias (الروسي, Russian). */
    ADJECTIVAL,
    /**
     * A person's surname, not listed on its own, after the person's full name earlier in the same
     * document (one sense per document).
     */
    COREFERENCE,
    /** A name no gazetteer entry covers, found by {@link NameDiscovery}. */
    DISCOVERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
