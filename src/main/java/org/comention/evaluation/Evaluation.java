package org.comention.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Document-level scores of predicted entity sets against gold, with the definition of
 * {@code ../shared/eval/score.py}: per document, the gold set is its counted entities, the
 * predicted set the labels of its mentions; optional entities (and, in names mode, entities
 * referred to only adjectivally) are neither rewarded nor penalised; edges are the unordered pairs
 * within each set. Counts are micro-averaged per language, overall and per entity. Immutable.
 */
public final class Evaluation {
    /** True positives, false positives and false negatives, with precision, recall and F1. */
    public record Counts(long tp, long fp, long fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        Counts plus(long tp2, long fp2, long fn2) {
            return new Counts(tp + tp2, fp + fp2, fn + fn2);
        }
    }

    /** One wrong decision: a false positive or a false negative in a document. */
    public record Error(String kind, String document, String entity) {
    }

    private final Map<String, Counts> entitiesByLanguage;
    private final Map<String, Counts> edgesByLanguage;
    private final Map<String, Counts> byEntity;
    private final List<Error> errors;

    private Evaluation(Map<String, Counts> entitiesByLanguage, Map<String, Counts> edgesByLanguage,
                       Map<String, Counts> byEntity, List<Error> errors) {
        this.entitiesByLanguage = Collections.unmodifiableMap(entitiesByLanguage);
        this.edgesByLanguage = Collections.unmodifiableMap(edgesByLanguage);
        this.byEntity = Collections.unmodifiableMap(byEntity);
        this.errors = List.copyOf(errors);
    }

    /**
     * @param predicted per document id, the labels and kinds of its mentions; ids such as
     *                  {@code doc#2} (read-also teasers) count for their parent document
     * @param minSupport score only entities annotated in at least this many documents
     */
    public static Evaluation of(List<GoldDocument> gold, List<PredictedMention> predicted, GoldDocument.Mode mode,
                                int minSupport, LabelKey key) {
        Map<String, Integer> support = new HashMap<>();
        for (GoldDocument document : gold) {
            Set<String> seen = new HashSet<>();
            for (GoldDocument.GoldEntity entity : document.entities()) {
                if (seen.add(key.of(entity.canonical()))) {
                    support.merge(key.of(entity.canonical()), 1, Integer::sum);
                }
            }
        }
        Set<String> goldIds = new HashSet<>();
        gold.forEach(d -> goldIds.add(d.id()));
        Map<String, GoldDocument> goldById = new HashMap<>();
        gold.forEach(d -> goldById.putIfAbsent(d.id(), d));
        Map<String, Set<String>> predictedByDocument = new HashMap<>();
        for (PredictedMention mention : predicted) {
            if (mode == GoldDocument.Mode.NAMES && mention.adjectival()) {
                continue;
            }
            String document = goldIds.contains(mention.documentId()) ? mention.documentId()
                    : mention.documentId().split("#", 2)[0];
            // a discovered entity has no canonical label: it counts as the gold entity whose surface it spans
            String aligned = mention.discovered() ? aligned(goldById.get(document), mention.surface(), key) : null;
            predictedByDocument.computeIfAbsent(document, d -> new HashSet<>())
                    .add(aligned != null ? aligned : key.of(mention.label()));
        }

        Map<String, Counts> entities = new TreeMap<>();
        Map<String, Counts> edges = new TreeMap<>();
        Map<String, Counts> byEntity = new TreeMap<>();
        List<Error> errors = new ArrayList<>();
        for (GoldDocument document : gold) {
            Set<String> want = new TreeSet<>();
            Set<String> ignore = new TreeSet<>();
            for (GoldDocument.GoldEntity entity : document.entities()) {
                String k = key.of(entity.canonical());
                boolean counted = !entity.surfaces().isEmpty()
                        || mode == GoldDocument.Mode.ALL && !entity.adjectival().isEmpty();
                if (entity.optional() || !counted || support.get(k) < minSupport) {
                    ignore.add(k);
                } else {
                    want.add(k);
                }
            }
            ignore.removeAll(want);
            Set<String> got = new TreeSet<>(predictedByDocument.getOrDefault(document.id(), Set.of()));
            got.removeAll(ignore);
            long tp = 0;
            for (String k : got) {
                if (want.contains(k)) {
                    tp++;
                    byEntity.merge(k, new Counts(1, 0, 0), Evaluation::sum);
                } else {
                    byEntity.merge(k, new Counts(0, 1, 0), Evaluation::sum);
                    errors.add(new Error("FP", document.id(), k));
                }
            }
            for (String k : want) {
                if (!got.contains(k)) {
                    byEntity.merge(k, new Counts(0, 0, 1), Evaluation::sum);
                    errors.add(new Error("FN", document.id(), k));
                }
            }
            Set<List<String>> wantPairs = pairs(want);
            Set<List<String>> gotPairs = pairs(got);
            long edgeTp = gotPairs.stream().filter(wantPairs::contains).count();
            for (String bucket : new String[] {document.lang(), "all"}) {
                entities.merge(bucket, new Counts(tp, got.size() - tp, want.size() - tp), Evaluation::sum);
                edges.merge(bucket, new Counts(edgeTp, gotPairs.size() - edgeTp, wantPairs.size() - edgeTp),
                        Evaluation::sum);
            }
        }
        return new Evaluation(entities, edges, byEntity, errors);
    }

    private static Counts sum(Counts a, Counts b) {
        return a.plus(b.tp(), b.fp(), b.fn());
    }

    private static Set<List<String>> pairs(Set<String> sorted) {
        List<String> list = new ArrayList<>(sorted);
        Set<List<String>> pairs = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                pairs.add(List.of(list.get(i), list.get(j)));
            }
        }
        return pairs;
    }

    /** Entity counts per language code, plus "all". */
    public Map<String, Counts> entitiesByLanguage() {
        return entitiesByLanguage;
    }

    /** Edge (entity pair) counts per language code, plus "all". */
    public Map<String, Counts> edgesByLanguage() {
        return edgesByLanguage;
    }

    /** Entity counts per entity key. */
    public Map<String, Counts> byEntity() {
        return byEntity;
    }

    /** The false positives and false negatives, document by document. */
    public List<Error> errors() {
        return errors;
    }

    /**
     * A predicted mention: its document, its entity's label, whether it is adjectival, and for a
     * discovered entity ({@code discovered}) the surface as written, which aligns it with gold.
     */
    public record PredictedMention(String documentId, String label, boolean adjectival, boolean discovered,
                                   String surface) {

        /** A gazetteer entity's mention. */
        public PredictedMention(String documentId, String label, boolean adjectival) {
            this(documentId, label, adjectival, false, "");
        }
    }

    /** Tashkeel and the superscript alef, which the alignment of surfaces ignores. */
    private static final java.util.regex.Pattern TASHKEEL = java.util.regex.Pattern.compile("[\u064B-\u065F\u0670]");

    /**
     * A surface folded as {@code score.py}'s {@code surface_key} folds it: NFKC, full case folding,
     * ي ى to ی, ك to ک, hamza'd and wasla alefs to ا, ة to ه, ZWNJ, ZWJ and tatweel dropped, ’ to ',
     * tashkeel dropped, spaces collapsed.
     */
    public static String surfaceKey(String text) {
        String s = com.ibm.icu.lang.UCharacter.foldCase(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC),
                true);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u064a', '\u0649' -> out.append('\u06cc');
                case '\u0643' -> out.append('\u06a9');
                case '\u0623', '\u0625', '\u0622', '\u0671' -> out.append('\u0627');
                case '\u0629' -> out.append('\u0647');
                case '\u200c', '\u200d', '\u0640' -> {
                }
                case '\u2019' -> out.append('\'');
                default -> out.append(c);
            }
        }
        String folded = TASHKEEL.matcher(out).replaceAll("");
        return String.join(" ", folded.strip().split("\\s+"));
    }

    /**
     * Whether a discovered surface and a gold surface are one name, as {@code score.py}'s
     * {@code spans} says: after {@link #surfaceKey}, the shorter (two characters or more) is inside
     * the longer, which has at most three characters more (a proclitic, a case ending).
     */
    public static boolean spans(String found, String goldSurface) {
        String a = surfaceKey(found);
        String b = surfaceKey(goldSurface);
        String shorter = a.codePointCount(0, a.length()) <= b.codePointCount(0, b.length()) ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.codePointCount(0, shorter.length()) >= 2 && longer.contains(shorter)
                && longer.codePointCount(0, longer.length()) - shorter.codePointCount(0, shorter.length()) <= 3;
    }

    /** The gold entity of {@code document} whose surface {@code surface} spans, first in gold order; or null. */
    private static String aligned(GoldDocument document, String surface, LabelKey key) {
        if (document == null || surface.isEmpty()) {
            return null;
        }
        // score.py keys the forms by canonical name: a later entity of the same key replaces the forms, not the place
        Map<String, List<String>> forms = new java.util.LinkedHashMap<>();
        for (GoldDocument.GoldEntity entity : document.entities()) {
            List<String> all = new ArrayList<>(entity.surfaces());
            all.addAll(entity.adjectival());
            forms.put(key.of(entity.canonical()), all);
        }
        for (Map.Entry<String, List<String>> entity : forms.entrySet()) {
            for (String form : entity.getValue()) {
                if (spans(surface, form)) {
                    return entity.getKey();
                }
            }
        }
        return null;
    }
}
