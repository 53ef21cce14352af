package org.comention.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.comention.text.TextNormalizer;

/**
 * The entity a user names on the command line ({@code explain}, {@code mentions --entity}): by id or label, else by
 * any alias as the matcher finds it in a text ({@code Stoltenberg}, {@code Kiev}, {@code بلينكن}, normalised as in
 * an article); when nothing names one, the entities with a normalised alias within {@value #MAX_EDITS} edits
 * (Levenshtein, Lucene's automata: one linear pass per alias) are suggested.
 */
public final class EntityLookup {
    /** Edits a suggested alias may be from the name given. */
    public static final int MAX_EDITS = 2;
    /** Suggestions shown at most. */
    public static final int MAX_SUGGESTIONS = 5;
    /** A longer name is no alias (see {@link GazetteerReader#MAX_ALIAS_LENGTH}): it is neither matched nor compared. */
    private static final int MAX_NAME_CHARS = GazetteerReader.MAX_ALIAS_LENGTH;

    private final Gazetteer gazetteer;
    private final EntityMatcher matcher;
    private final TextNormalizer normalizer;

    public EntityLookup(Gazetteer gazetteer, EntityMatcher matcher, TextNormalizer normalizer) {
        this.gazetteer = gazetteer;
        this.matcher = matcher;
        this.normalizer = normalizer;
    }

    /** What a name found: one entity, or none or several, with the labels to offer instead. */
    public record Found(int entity, List<String> several, List<String> nearest) {
    }

    /** Looks {@code name} up: by id or label, then as an alias the matcher finds spanning the whole name. */
    public Found find(String name) {
        int byIdOrLabel = gazetteer.find(name.strip());
        if (byIdOrLabel >= 0) {
            return new Found(byIdOrLabel, List.of(), List.of());
        }
        String text = name.strip();
        if (text.isEmpty() || text.length() > MAX_NAME_CHARS) {
            return new Found(-1, List.of(), List.of());
        }
        TreeSet<Integer> whole = new TreeSet<>();
        for (Mention m : matcher.find(text)) {
            if (m.start() == 0 && m.end() == text.length()) {
                whole.add(m.entity());
            }
        }
        if (whole.size() == 1) {
            return new Found(whole.first(), List.of(), List.of());
        }
        if (whole.size() > 1) {
            return new Found(-1, whole.stream().map(this::shown).toList(), List.of());
        }
        return new Found(-1, List.of(), nearest(text));
    }

    /** The entities with an alias or label nearest {@code name}, fewest edits first, then by label. */
    private List<String> nearest(String name) {
        String key = normalizer.forMatchingToString(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Automaton> within = new ArrayList<>(MAX_EDITS);
        LevenshteinAutomata automata = new LevenshteinAutomata(key, true);
        for (int d = 1; d <= MAX_EDITS; d++) {
            within.add(automata.toAutomaton(d));
        }
        // edits, then label, to entity: ordered, so the suggestions do not depend on the gazetteer's order
        Map<Integer, TreeMap<String, Integer>> byEdits = new TreeMap<>();
        for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
            consider(ranked.alias().text(), gazetteer.indexOf(ranked.alias().entityId()), key, within, byEdits);
        }
        for (int i = 0; i < gazetteer.size(); i++) {
            consider(gazetteer.entity(i).label(), i, key, within, byEdits);
        }
        List<String> shown = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        for (TreeMap<String, Integer> entities : byEdits.values()) {
            for (int entity : entities.values()) {
                if (seen.add(entity) && shown.size() < MAX_SUGGESTIONS) {
                    shown.add(shown(entity));
                }
            }
        }
        return shown;
    }

    private void consider(String alias, int entity, String key, List<Automaton> within,
                          Map<Integer, TreeMap<String, Integer>> byEdits) {
        if (entity < 0 || alias.length() > key.length() + MAX_EDITS * 4 || alias.length() + MAX_EDITS * 4 < key.length()) {
            return;
        }
        String normalized = normalizer.forMatchingToString(alias);
        if (Math.abs(normalized.length() - key.length()) > MAX_EDITS) {
            return;
        }
        for (int d = 0; d < within.size(); d++) {
            if (Operations.run(within.get(d), normalized)) {
                byEdits.computeIfAbsent(d + 1, k -> new TreeMap<>()).putIfAbsent(gazetteer.entity(entity).label(), entity);
                return;
            }
        }
    }

    private String shown(int entity) {
        Entity e = gazetteer.entity(entity);
        return e.label() + " (" + e.id() + ")";
    }
}
