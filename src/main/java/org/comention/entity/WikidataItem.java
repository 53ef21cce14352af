package org.comention.entity;

import java.util.List;

/**
 * What a gazetteer takes from one Wikidata item: its Q-id, the title of its English Wikipedia
 * article ({@code null} when it has none), the classes it is an instance of (P31), and its
 * labels and aliases in the languages asked for, labels first.
 */
public record WikidataItem(String qid, String enwiki, List<String> classes, List<Name> names) {

    public WikidataItem {
        classes = List.copyOf(classes);
        names = List.copyOf(names);
    }

    /** A label or alias and its language code as Wikidata writes it ({@code en}, {@code fa}). */
    public record Name(String lang, String text) {
    }
}
