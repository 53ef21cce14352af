package org.comention.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.comention.common.WritableText;
import org.comention.text.TextNormalizer;

/**
 * Makes gazetteer tables of Wikidata items: label = the English Wikipedia title, wikidata = the
 * Q-id, type from the P31 classes ({@link WikidataClasses}), names = the labels and aliases in the
 * chosen languages. An item without an English Wikipedia article, or whose classes map to no type,
 * is skipped and counted by reason.
 *
 * <p>Only the kept entities and their names are held, never the dump, and they are bounded: at
 * most {@value #MAX_NAMES_PER_ENTITY} names an entity (labels first), no name longer than
 * {@link GazetteerReader#MAX_ALIAS_LENGTH}, and at most {@code maxAliases} names in all (the
 * room {@link GazetteerReader#MAX_ALIASES} leaves beside the bundled gazetteer), so the tables
 * always load. What would make them fail to load is left out and counted instead: a name that
 * two entities share once normalised (the matcher refuses a run with one; the name is ambiguous,
 * so neither keeps it), a name without two letters, an entity left without a name.
 */
public final class GazetteerImport {
    /** The most names one entity keeps; items such as countries have hundreds of aliases in all languages. */
    public static final int MAX_NAMES_PER_ENTITY = 64;

    /** An entity row and its names, in the order read. */
    private record Kept(String qid, String label, EntityType type, List<WikidataItem.Name> names) {
    }

    /** One imported entity and its names, ready to write. */
    public record Row(Entity entity, List<WikidataItem.Name> names) {
    }

    private final WikidataClasses classes;
    private final Set<String> languages;
    private final int maxAliases;
    private final TextNormalizer normalizer;
    private final Map<String, Kept> kept = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> dropped = new TreeMap<>();
    private long read;
    private long names;

    /** {@code normalizer}: the matcher's, which tells when two names are one. */
    public GazetteerImport(WikidataClasses classes, Set<String> languages, int maxAliases, TextNormalizer normalizer) {
        this.classes = classes;
        this.normalizer = normalizer;
        this.languages = Set.copyOf(languages);
        this.maxAliases = maxAliases;
    }

    /** Counts an entity skipped before it became an item (malformed, a property). */
    public void skip(String reason) {
        read++;
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Takes one item, or counts why not. An item seen again (a SPARQL result's rows) adds to the first. */
    public void add(WikidataItem item) {
        read++;
        if (item.enwiki() == null) {
            skipped.merge("no English Wikipedia article", 1L, Long::sum);
            return;
        }
        String label = item.enwiki();
        if (WritableText.firstUnwritable(label, 0, label.length()) >= 0 || label.codePoints().anyMatch(Character::isISOControl)) {
            skipped.merge("a control character in the English Wikipedia title", 1L, Long::sum);
            return;
        }
        EntityType type = classes.typeOf(item.classes());
        if (type == null) {
            skipped.merge("no mapped P31 class", 1L, Long::sum);
            return;
        }
        Kept entity = kept.get(item.qid());
        if (entity == null) {
            if (names >= maxAliases) {
                skipped.merge(String.format(Locale.ROOT, "beyond %,d aliases", maxAliases), 1L, Long::sum);
                return;
            }
            entity = new Kept(item.qid(), item.enwiki(), type, new ArrayList<>());
            kept.put(item.qid(), entity);
        }
        Set<WikidataItem.Name> known = new LinkedHashSet<>(entity.names());
        for (WikidataItem.Name name : item.names()) {
            String text = name.text().strip().replaceAll("\\s+", " ");
            if (!languages.contains(name.lang()) || text.isEmpty() || text.length() > GazetteerReader.MAX_ALIAS_LENGTH
                    || WritableText.firstUnwritable(text, 0, text.length()) >= 0) {
                continue;
            }
            if (known.size() >= MAX_NAMES_PER_ENTITY || names >= maxAliases) {
                break;
            }
            if (known.add(new WikidataItem.Name(name.lang(), text))) {
                names++;
            }
        }
        entity.names().clear();
        entity.names().addAll(known);
    }

    /** Items read so far (skipped ones included). */
    public long read() {
        return read;
    }

    /** Items skipped so far, by reason. */
    public Map<String, Long> skipped() {
        return skipped;
    }

    /** Names left out by {@link #finish()}, by reason. */
    public Map<String, Long> droppedNames() {
        return dropped;
    }

    /**
     * The entities to write, sorted by id, with their names sorted by language and text; names
     * two entities share and entities left without a name are dropped and counted.
     */
    public List<Row> finish() {
        Map<String, Set<String>> claims = new HashMap<>();
        Map<String, List<String>> normalized = new HashMap<>();
        for (Kept entity : kept.values()) {
            List<String> forms = new ArrayList<>();
            for (WikidataItem.Name name : entity.names()) {
                String form = normalizer.forMatchingToString(name.text());
                Alias alias = new Alias(entity.qid(), name.lang(), name.text(), AliasKind.NAME, "", 0);
                form = GazetteerCheck.unusable(alias, form) == null ? form : null;
                forms.add(form);
                if (form != null) {
                    claims.computeIfAbsent(form, f -> new java.util.TreeSet<>()).add(entity.qid());
                }
            }
            normalized.put(entity.qid(), forms);
        }
        Map<String, List<Kept>> bySlug = new TreeMap<>();
        for (Kept entity : kept.values()) {
            bySlug.computeIfAbsent(slug(entity.label(), entity.qid()), s -> new ArrayList<>()).add(entity);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        long shared = 0;
        long unusable = 0;
        for (Map.Entry<String, List<Kept>> slug : bySlug.entrySet()) {
            for (Kept entity : slug.getValue()) {
                // two titles that differ only in accents or punctuation: both get their Q-id, so neither depends on order
                String id = slug.getValue().size() == 1 ? slug.getKey() : slug.getKey() + "-" + entity.qid().toLowerCase(Locale.ROOT);
                while (!ids.add(id)) {
                    id = id + "-" + entity.qid().toLowerCase(Locale.ROOT);
                }
                List<String> forms = normalized.get(entity.qid());
                List<WikidataItem.Name> kept = new ArrayList<>();
                for (int i = 0; i < forms.size(); i++) {
                    String form = forms.get(i);
                    if (form == null) {
                        unusable++;
                    } else if (claims.get(form).size() > 1) {
                        shared++;
                    } else {
                        kept.add(entity.names().get(i));
                    }
                }
                if (kept.isEmpty()) {
                    skipped.merge("no name left in the chosen languages", 1L, Long::sum);
                    continue;
                }
                kept.sort(java.util.Comparator.comparing(WikidataItem.Name::lang).thenComparing(WikidataItem.Name::text));
                rows.add(new Row(new Entity(id, entity.label(), entity.type(), entity.qid()), kept));
            }
        }
        rows.sort(java.util.Comparator.comparing(r -> r.entity().id()));
        if (shared > 0) {
            dropped.merge("shared by two entities once normalised", shared, Long::sum);
        }
        if (unusable > 0) {
            dropped.merge("without two letters", unusable, Long::sum);
        }
        return rows;
    }

    /** The id the bundled gazetteer would give: the label's ASCII letters and digits, lowercase, joined by '-'. */
    static String slug(String label, String qid) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? qid.toLowerCase(Locale.ROOT) : slug;
    }
}
