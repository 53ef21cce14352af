package org.comention.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import org.comention.entity.Gazetteer;
import org.comention.entity.Mention;

/**
 * How each entity was written in the corpus, for {@code aliases.csv} and node provenance: its
 * surface forms with counts by match kind,
 * the languages of the aliases that matched, and per language the fullest alias matched (most
 * words, then most often), which becomes the node's {@code label_<lang>} (label_ar, label_fa, ...).
 */
public final class SurfaceForms {
    /** How many surface forms a node lists. */
    static final int LISTED = 10;

    private final Gazetteer gazetteer;
    /** entity id -> surface as written -> match kind -> count; sorted at every level. */
    private final Map<String, Map<String, Map<String, Long>>> surfaces = new TreeMap<>();
    private final Map<String, Map<String, Map<String, Integer>>> aliasesByLanguage = new TreeMap<>();
    private final SortedSet<String> languages = new TreeSet<>();

    public SurfaceForms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Nothing collected: nodes get no surface attributes. */
    public static SurfaceForms none() {
        return new SurfaceForms(null);
    }

    public void add(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            add(form(gazetteer, text, m), 1);
        }
    }

    /**
     * What one mention tells about its entity's written forms: the entity id, the surface as
     * written, the match kind, and the language and text of the alias that matched ("" for none).
     * Counts of forms add up in any order, so a Spark job counts them with a reduce and a build
     * from its tables {@link #add(Form, long) adds} them back.
     */
    public record Form(String entityId, String surface, String match, String aliasLang, String aliasText)
            implements java.io.Serializable {
    }

    /** The form of mention {@code m} of {@code text}. */
    public static Form form(Gazetteer gazetteer, String text, Mention m) {
        boolean alias = m.alias() != null && !m.alias().lang().isEmpty();
        return new Form(gazetteer.entity(m.entity()).id(), text.substring(m.start(), m.end()), m.how().code(),
                alias ? m.alias().lang() : "", alias ? m.alias().text() : "");
    }

    /** Counts {@code count} mentions of {@code form}. */
    public void add(Form form, long count) {
        surfaces.computeIfAbsent(form.entityId(), k -> new TreeMap<>())
                .computeIfAbsent(form.surface(), k -> new TreeMap<>())
                .merge(form.match(), count, Long::sum);
        if (!form.aliasLang().isEmpty()) {
            languages.add(form.aliasLang());
            aliasesByLanguage.computeIfAbsent(form.entityId(), k -> new TreeMap<>())
                    .computeIfAbsent(form.aliasLang(), k -> new TreeMap<>())
                    .merge(form.aliasText(), Math.toIntExact(count), Integer::sum);
        }
    }

    /**
     * Writes {@code aliases.csv}: {@code entity_id,label,surface,match,count}, one row per entity,
     * surface form (as written in the text) and match kind, sorted by entity id, then surface,
     * then match kind. It shows at a glance which spellings, variants and proclitic forms fed each
     * node.
     */
    public void writeAliasTable(Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            CSVPrinter printer = Csv.printer(writer, "entity_id", "label", "surface", "match", "count");
            for (Map.Entry<String, Map<String, Map<String, Long>>> entity : surfaces.entrySet()) {
                String label = gazetteer.entity(gazetteer.indexOf(entity.getKey())).label();
                for (Map.Entry<String, Map<String, Long>> form : entity.getValue().entrySet()) {
                    for (Map.Entry<String, Long> match : form.getValue().entrySet()) {
                        printer.printRecord(entity.getKey(), label, form.getKey(), match.getKey(), match.getValue());
                    }
                }
            }
            printer.flush();
        });
    }

    /** The languages of all matched aliases, sorted. */
    public SortedSet<String> languages() {
        return languages;
    }

    /** "form (count); form (count)" for the {@value #LISTED} most frequent forms, or null. */
    public String surfacesOf(String entityId) {
        Map<String, Map<String, Long>> byForm = surfaces.get(entityId);
        if (byForm == null) {
            return null;
        }
        Map<String, Long> forms = new TreeMap<>();
        byForm.forEach((form, byMatch) -> forms.put(form, byMatch.values().stream().mapToLong(Long::longValue).sum()));
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(forms.entrySet());
        sorted.sort((a, b) -> !a.getValue().equals(b.getValue()) ? Long.compare(b.getValue(), a.getValue())
                : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> form : sorted.subList(0, Math.min(LISTED, sorted.size()))) {
            out.append(out.length() == 0 ? "" : "; ").append(form.getKey()).append(" (").append(form.getValue()).append(')');
        }
        return out.toString();
    }

    /** The languages the entity was matched in, "ar, fa", or null. */
    public String languagesOf(String entityId) {
        Map<String, Map<String, Integer>> byLanguage = aliasesByLanguage.get(entityId);
        return byLanguage == null ? null : String.join(", ", byLanguage.keySet());
    }

    /** The alias of most words matched in {@code lang}, then the most frequent, then by text; or null. */
    public String labelIn(String entityId, String lang) {
        Map<String, Map<String, Integer>> byLanguage = aliasesByLanguage.get(entityId);
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
}
