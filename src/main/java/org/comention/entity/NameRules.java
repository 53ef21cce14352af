package org.comention.entity;

import java.util.List;
import org.comention.text.NormalizedText;

/**
 * One family of discovery rules (Arabic script; Latin and Cyrillic): proposes the names in a
 * document part that may be people, organisations or places the gazetteer does not know.
 * Rules only propose: what becomes a node (evidence, overlaps with gazetteer mentions, merging
 * across spellings) is decided after them, once for every family. Implementations keep no
 * per-call state, so one instance serves every worker thread.
 */
public interface NameRules {

    /**
     * The names proposed in {@code text}, in any order; spans of one call may overlap.
     *
     * @param normalized {@code text} as the matcher normalised it
     * @param lang       the document's language code as declared or guessed, or null when unknown
     * @param known      the gazetteer's mentions in this text, sorted by start (context: a rule may
     *                   use "the Sudanese army's commander" to find the name after it)
     */
    List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known);
}
