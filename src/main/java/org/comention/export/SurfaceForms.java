package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.comention.entity.Gazetteer;
import org.comention.entity.MatchKind;
import org.comention.entity.Mention;

/**
 * How each entity was written in the corpus, for {@code aliases.csv} and node provenance: its
 * surface forms with counts by match kind, the languages of the documents it was named in
 * (declared, else guessed: an alias listed in the gazetteer under {@code ar} that a Persian article
 * uses is Persian there), and per language the fullest alias matched (most words, then most often),
 * which becomes the node's {@code label_<lang>} (label_ar, label_fa, ...).
 */
public final class SurfaceForms {
    /** How many surface forms a node lists. */
    static final int LISTED = 10;

    private static final MatchKind[] KINDS = MatchKind.values();

    private final Gazetteer gazetteer;
    /**
     * Per entity index: surface as written -> count per match kind (by ordinal). Hashed while
     * counting, on the one thread that adds documents in input order, and sorted only when read:
     * three TreeMap lookups per mention, comparing Arabic strings, were a tenth of that thread.
     */
    private final Map<Integer, Map<String, long[]>> surfaces;
    /** Per entity index: document language -> alias text -> count. */
    private final Map<Integer, Map<String, Map<String, Integer>>> aliasesByLanguage;
    private final SortedSet<String> languages;

    public SurfaceForms(Gazetteer gazetteer) {
        this(gazetteer, new HashMap<>(), new HashMap<>(), new TreeSet<>());
    }

    private SurfaceForms(Gazetteer gazetteer, Map<Integer, Map<String, long[]>> surfaces,
                         Map<Integer, Map<String, Map<String, Integer>>> aliasesByLanguage, SortedSet<String> languages) {
        this.gazetteer = gazetteer;
        this.surfaces = surfaces;
        this.aliasesByLanguage = aliasesByLanguage;
        this.languages = languages;
    }

    /**
     * The forms collected so far, read against {@code extended}: the run's gazetteer with its
     * discovered entities after it, once their ids and labels are known.
     */
    public SurfaceForms over(Gazetteer extended) {
        return new SurfaceForms(extended, surfaces, aliasesByLanguage, languages);
    }

    /** Nothing collected: nodes get no surface attributes. */
    public static SurfaceForms none() {
        return new SurfaceForms(null);
    }

    /** Counts the mentions of a document of language {@code lang} (null or blank: none known). */
    public void add(String text, List<Mention> mentions, String lang) {
        for (Mention m : mentions) {
            Form form = form(text, m, lang);
            count(m.entity(), form.surface(), m.how(), form.aliasLang(), form.aliasText(), 1);
        }
    }

    /** Counts {@code count} mentions of entity {@code entity} as {@code surface}; {@code aliasLang} "" for no alias. */
    private void count(int entity, String surface, MatchKind how, String aliasLang, String aliasText, long count) {
        surfaces.computeIfAbsent(entity, k -> new HashMap<>())
                .computeIfAbsent(surface, k -> new long[KINDS.length])[how.ordinal()] += count;
        if (!aliasLang.isEmpty()) {
            languages.add(aliasLang);
            aliasesByLanguage.computeIfAbsent(entity, k -> new HashMap<>())
                    .computeIfAbsent(aliasLang, k -> new HashMap<>())
                    .merge(aliasText, Math.toIntExact(count), Integer::sum);
        }
    }

    /**
     * What one mention tells about its entity's written forms: the entity id, the surface as
     * written, the match kind, and the language it was written in (its document's) and the text of
     * the alias that matched ("" for none, or no alias).
     * Counts of forms add up in any order, so a Spark job counts them with a reduce and a build
     * from its tables {@link #add(Form, long) adds} them back.
     */
    public record Form(String entityId, String surface, String match, String aliasLang, String aliasText)
            implements java.io.Serializable {
    }

    /** The form of mention {@code m} of {@code text}, a document of language {@code lang}. */
    public static Form form(Gazetteer gazetteer, String text, Mention m, String lang) {
        Form form = form(text, m, lang);
        return new Form(gazetteer.entity(m.entity()).id(), form.surface(), form.match(), form.aliasLang(), form.aliasText());
    }

    private static Form form(String text, Mention m, String lang) {
        boolean alias = m.alias() != null && lang != null && !lang.isBlank();
        String surface = text.substring(m.start(), m.end());
        // a name as the document wrote it (بلینکن in a Persian article, not the Arabic alias بلينكن it matched),
        // unless the surface carries more (a proclitic, an adjective's ending) or less (a surname) than the name
        boolean asWritten = m.how() == MatchKind.EXACT || m.how() == MatchKind.NORMALISED || m.how() == MatchKind.VARIANT;
        return new Form(null, surface, m.how().code(), alias ? lang : "", !alias ? "" : asWritten ? surface : m.alias().text());
    }

    /** Counts {@code count} mentions of {@code form}. */
    public void add(Form form, long count) {
        Integer entity = indexOf(form.entityId());
        if (entity == null) {
            throw new IllegalArgumentException("no entity " + form.entityId() + " in the gazetteer");
        }
        count(entity, form.surface(), kindOf(form.match()), form.aliasLang(), form.aliasText(), count);
    }

    private static MatchKind kindOf(String code) {
        for (MatchKind kind : KINDS) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no match kind " + code);
    }

    /**
     * Writes {@code aliases.csv}: {@code entity_id,label,surface,match,count}, one row per entity,
     * surface form (as written in the text) and match kind, sorted by entity id, then surface,
     * then match kind. It shows at a glance which spellings, variants and proclitic forms fed each
     * node.
     */
    public void writeAliasTable(Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            CsvOut printer = CsvOut.open(writer, "entity_id", "label", "surface", "match", "count");
            MatchKind[] byCode = KINDS.clone();
            java.util.Arrays.sort(byCode, java.util.Comparator.comparing(MatchKind::code));
            SortedMap<String, Integer> byId = new TreeMap<>();
            surfaces.keySet().forEach(index -> byId.put(gazetteer.entity(index).id(), index));
            for (Map.Entry<String, Integer> entity : byId.entrySet()) {
                String label = gazetteer.entity(entity.getValue()).label();
                for (Map.Entry<String, long[]> form : new TreeMap<>(surfaces.get(entity.getValue())).entrySet()) {
                    for (MatchKind kind : byCode) {
                        long count = form.getValue()[kind.ordinal()];
                        if (count > 0) {
                            printer.record(entity.getKey(), label, form.getKey(), kind.code(), count);
                        }
                    }
                }
            }
            printer.flush();
        });
    }

    /** The languages of the documents any alias was matched in, sorted. */
    public SortedSet<String> languages() {
        return languages;
    }

    /** "form (count); form (count)" for the {@value #LISTED} most frequent forms, or null. */
    public String surfacesOf(String entityId) {
        Map<String, long[]> byForm = surfaces.get(indexOf(entityId));
        if (byForm == null) {
            return null;
        }
        Map<String, Long> forms = new TreeMap<>();
        byForm.forEach((form, byMatch) -> forms.put(form, java.util.Arrays.stream(byMatch).sum()));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(forms.entrySet());
        sorted.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> form : sorted.subList(0, Math.min(LISTED, sorted.size()))) {
            out.append(out.length() == 0 ? "" : "; ").append(form.getKey()).append(" (").append(form.getValue()).append(')');
        }
        return out.toString();
    }

    /** The languages of the documents the entity was matched in, "ar, fa", or null. */
    public String languagesOf(String entityId) {
        Map<String, Map<String, Integer>> byLanguage = aliasesByLanguage.get(indexOf(entityId));
        return byLanguage == null ? null : String.join(", ", new TreeSet<>(byLanguage.keySet()));
    }

    /** The alias of most words matched in {@code lang}, then the most frequent, then by text; or null. */
    public String labelIn(String entityId, String lang) {
        Map<String, Map<String, Integer>> byLanguage = aliasesByLanguage.get(indexOf(entityId));
        Map<String, Integer> aliases = byLanguage == null ? null : byLanguage.get(lang);
        if (aliases == null) {
            return null;
        }
        // the fullest name the corpus used (ينس ستولتنبرغ over ستولتنبرغ), then the most frequent
        return aliases.entrySet().stream()
                .max(java.util.Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split(" ").length)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The gazetteer index of {@code entityId}, or null when there is none (nothing collected, or an unknown id). */
    private Integer indexOf(String entityId) {
        if (gazetteer == null) {
            return null;
        }
        int index = gazetteer.indexOf(entityId);
        return index < 0 ? null : index;
    }
}
