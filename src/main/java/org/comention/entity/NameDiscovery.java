package org.comention.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.comention.text.ArabicProclitics;
import org.comention.text.CharClasses;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;

/**
 * The discovery stage: turns what the {@link NameRules} families propose in one document part,
 * and the gazetteer's mentions there, into the part's discovered entities and mentions. The rules
 * only propose; every decision is taken here, once for all scripts:
 * <ol>
 *   <li>Overlaps with the gazetteer: a proposal that overlaps a gazetteer mention is dropped (the
 *       gazetteer wins), except a PERSON proposal that strictly contains a gazetteer PERSON mention
 *       (بن سلمان inside عبد العزيز بن سلمان) or ends in a gazetteer adjectival mention (the nisba
 *       المصري of محمد المصري): if the proposal is kept, those gazetteer mentions are dropped.</li>
 *   <li>Overlaps between proposals: the longer wins, then the stronger, then the earlier, then by
 *       name, so the choice depends on the input alone.</li>
 *   <li>Evidence: a name (normalised) becomes mentions only when one of its proposals has a strong
 *       cue (strength at least {@value #STRONG_CUE}) or it was proposed at least
 *       {@value #REPEATED} times in the part.</li>
 *   <li>One entity per name in the part, and names with the same {@link NameSkeleton skeleton}
 *       and a {@link #compatible} type are one entity (Abdel Fattah al-Burhan and عبد الفتاح البرهان).</li>
 *   <li>Partial later mentions: after a person's name of two tokens or more, a later bare token
 *       equal to its last token (the surname; Arabic proclitics allowed, Turkish suffixes after an
 *       apostrophe kept in the surface) links to that person, as the gazetteer's
 *       {@link MatchKind#COREFERENCE} does; not when two persons of the part share the surname.</li>
 * </ol>
 * The entities are numbered from {@code firstIndex} in order of first mention: a worker cannot
 * know the run's numbering, so {@link DiscoveredEntities} maps them to global indices in input order.
 *
 * <p>Cost: sorting the proposals and one pass over the part's tokens, O(n log n) in the proposals
 * and linear in the text. Thread-safe: one instance serves every worker.
 */
public final class NameDiscovery {
    /** A proposal at least this strong is a name on its own (a title, an organisation's head word). */
    public static final double STRONG_CUE = 0.75;
    /** A weaker name needs to be proposed this many times in the part. */
    public static final int REPEATED = 2;
    /** A shorter last token is never linked as a surname alone (al, Li). */
    static final int MIN_SURNAME_CHARS = 3;
    /** Entities one part may add; beyond it the rest of the part's names are left out. */
    public static final int MAX_PART_ENTITIES = DiscoveredEntities.DEFAULT_CAP;

    /**
     * One entity discovered in a part: its normalised name ({@code key}), skeleton, type, the
     * strongest proposal's strength, and the bare names of its mentions in text order (for labels).
     */
    public record Local(String key, String skeleton, EntityType type, double strength, List<String> names) {
    }

    /** A proposal as judged: its normalised name, and whether it became a mention. */
    public record Proposal(DiscoveredName name, String key, boolean accepted) {
    }

    /**
     * What discovery made of one part: every mention (the gazetteer's it kept and the discovered
     * ones, numbered {@code firstIndex + j} for {@code entities.get(j)}), sorted by start; the
     * entities; and the proposals that survived the overlap rules, accepted or not ({@code suggest}
     * lists them).
     */
    public record Found(List<Mention> mentions, List<Local> entities, List<Proposal> proposals) {
    }

    private final TextNormalizer normalizer;
    private final List<NameRules> families;
    private final NameSkeleton skeletons = new NameSkeleton();
    private final ArabicProclitics proclitics = new ArabicProclitics();
    /** The Arabic article, as the normaliser writes it. */
    private static final String ARTICLE = "ال";

    public NameDiscovery(TextNormalizer normalizer, List<NameRules> families) {
        this.normalizer = normalizer;
        this.families = List.copyOf(families);
    }

    /**
     * The bundled rule families, Arabic script then Latin and Cyrillic, and after them any family
     * on the class path registered as a {@link java.util.ServiceLoader} provider of {@link NameRules}
     * (a {@code META-INF/services/org.comention.entity.NameRules} file; a public no-argument
     * constructor), in class name order: a user adds the rules of a script or a domain in a jar of
     * their own, without a change here.
     */
    public static NameDiscovery bundled(TextNormalizer normalizer) {
        List<NameRules> families = new ArrayList<>(List.of(new ArabicScriptNames(normalizer), new LatinCyrillicNames(normalizer)));
        java.util.ServiceLoader.load(NameRules.class).stream()
                .sorted(Comparator.comparing(provider -> provider.type().getName()))
                .forEach(provider -> families.add(provider.get()));
        return new NameDiscovery(normalizer, families);
    }

    public NameSkeleton skeletons() {
        return skeletons;
    }

    /** The normalised form names are compared and merged by. */
    public String key(String name) {
        return normalizer.forMatchingToString(name);
    }

    /**
     * Whether a name of type {@code a} and one of type {@code b} may be one entity: the same type,
     * or two kinds of place (GPE, LOC); never a person with anything else.
     */
    public static boolean compatible(EntityType a, EntityType b) {
        return a == b || (a != EntityType.PERSON && a != EntityType.ORG && b != EntityType.PERSON && b != EntityType.ORG);
    }

    /**
     * Discovers the names of one part.
     *
     * @param known      the gazetteer's mentions of the part, sorted by start
     * @param typeOf     the type of a gazetteer entity by index
     * @param firstIndex the number of the part's first discovered entity (the gazetteer's size)
     */
    public Found find(String text, NormalizedText normalized, String lang, List<Mention> known,
                      IntFunction<EntityType> typeOf, int firstIndex) {
        List<Candidate> candidates = new ArrayList<>();
        int[] maxEnd = prefixMaxEnds(known);
        // a part names the same few names again and again: each is normalised once
        Map<String, String> keys = new HashMap<>();
        for (NameRules family : families) {
            for (DiscoveredName name : family.find(text, normalized, lang, known)) {
                // no real name is longer than a gazetteer alias may be; a longer one could not be promoted
                if (name.end() > text.length() || name.name().length() > GazetteerReader.MAX_ALIAS_LENGTH) {
                    continue;
                }
                List<Mention> overridden = overridden(name, known, maxEnd, typeOf);
                if (overridden != null) {
                    candidates.add(new Candidate(name, keys.computeIfAbsent(name.name(), this::key), overridden));
                }
            }
        }
        if (candidates.isEmpty()) {
            return new Found(known, List.of(), List.of());
        }
        List<Candidate> kept = withoutOverlaps(candidates);
        // evidence, per normalised name
        Map<String, int[]> proposed = new HashMap<>();
        Map<String, Double> strongest = new HashMap<>();
        for (Candidate c : kept) {
            proposed.computeIfAbsent(c.key, k -> new int[1])[0]++;
            strongest.merge(c.key, c.name.strength(), Math::max);
        }
        List<Proposal> proposals = new ArrayList<>(kept.size());
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : kept) {
            boolean evident = !c.key.isEmpty()
                    && (strongest.get(c.key) >= STRONG_CUE || proposed.get(c.key)[0] >= REPEATED);
            proposals.add(new Proposal(c.name, c.key, evident));
            if (evident) {
                accepted.add(c);
            }
        }
        if (accepted.isEmpty()) {
            return new Found(known, List.of(), List.copyOf(proposals));
        }
        accepted.sort(Comparator.comparingInt((Candidate c) -> c.name.start()));
        java.util.Set<Mention> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        accepted.forEach(c -> dropped.addAll(c.overridden));

        // one entity per name, then names of one skeleton and a compatible type together
        List<LocalTally> locals = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> bySkeleton = new HashMap<>();
        List<Mention> mentions = new ArrayList<>(known.size() + accepted.size());
        for (Mention m : known) {
            if (!dropped.contains(m)) {
                mentions.add(m);
            }
        }
        List<Mention> discovered = new ArrayList<>();
        for (Candidate c : accepted) {
            Integer local = byKey.get(c.key + '\u0000' + c.name.type());
            String skeleton = local == null ? skeletons.skeleton(c.name.name()) : null;
            if (local == null) {
                local = sameSkeleton(skeleton, c.name.type(), locals, bySkeleton);
            }
            if (local == null) {
                if (locals.size() >= MAX_PART_ENTITIES) {
                    continue;
                }
                local = locals.size();
                locals.add(new LocalTally(c.key, skeleton, c.name.type()));
                if (!skeleton.isEmpty()) {
                    bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(local);
                }
            }
            byKey.putIfAbsent(c.key + '\u0000' + c.name.type(), local);
            LocalTally tally = locals.get(local);
            tally.names.add(c.name.name());
            tally.strength = Math.max(tally.strength, c.name.strength());
            if (tally.firstEnd < 0) {
                tally.firstEnd = c.name.end();
            }
            discovered.add(new Mention(firstIndex + local, AliasKind.NAME, c.name.start(), c.name.end(),
                    c.name.normalizedStart(), MatchKind.DISCOVERED, null));
        }
        mentions.addAll(discovered);
        mentions.addAll(surnames(text, normalized, locals, mentions, firstIndex));
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        List<Local> entities = new ArrayList<>(locals.size());
        for (LocalTally t : locals) {
            entities.add(new Local(t.key, t.skeleton, t.type, t.strength, List.copyOf(t.names)));
        }
        return new Found(List.copyOf(mentions), List.copyOf(entities), List.copyOf(proposals));
    }

    /** A proposal with its normalised name and the gazetteer mentions it replaces if accepted. */
    private record Candidate(DiscoveredName name, String key, List<Mention> overridden) {
        int length() {
            return name.end() - name.start();
        }
    }

    private static final class LocalTally {
        final String key;
        final String skeleton;
        final EntityType type;
        final List<String> names = new ArrayList<>();
        double strength;
        int firstEnd = -1;

        LocalTally(String key, String skeleton, EntityType type) {
            this.key = key;
            this.skeleton = skeleton;
            this.type = type;
        }
    }

    private static Integer sameSkeleton(String skeleton, EntityType type, List<LocalTally> locals,
                                        Map<String, List<Integer>> bySkeleton) {
        for (int local : bySkeleton.getOrDefault(skeleton, List.of())) {
            if (compatible(locals.get(local).type, type)) {
                return local;
            }
        }
        return null;
    }

    private static int[] prefixMaxEnds(List<Mention> known) {
        int[] maxEnd = new int[known.size()];
        int max = -1;
        for (int i = 0; i < known.size(); i++) {
            max = Math.max(max, known.get(i).end());
            maxEnd[i] = max;
        }
        return maxEnd;
    }

    /**
     * The gazetteer mentions {@code name} would replace: empty when it overlaps none, null when it
     * overlaps one it may not replace (then it is dropped).
     */
    private static List<Mention> overridden(DiscoveredName name, List<Mention> known, int[] maxEnd,
                                            IntFunction<EntityType> typeOf) {
        // the last mention starting before the name's end; earlier ones overlap only while their ends reach it
        int lo = 0;
        int hi = known.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (known.get(mid).start() < name.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> overlapping = null;
        for (int i = lo - 1; i >= 0 && maxEnd[i] > name.start(); i--) {
            Mention m = known.get(i);
            if (m.end() <= name.start() || namesPlaceWithin(name, m, typeOf)) {
                continue;
            }
            if (!replaceable(name, m, typeOf)) {
                return null;
            }
            if (overlapping == null) {
                overlapping = new ArrayList<>(2);
            }
            overlapping.add(m);
        }
        return overlapping == null ? List.of() : overlapping;
    }

    /**
     * A place strictly inside an organisation's name stays beside it: the university, municipality or
     * ministry of a place also names the place (GUIDELINES rule 10: جامعة بغداد, بلدية نابلس, University
     * of Baghdad), so neither replaces the other.
     */
    private static boolean namesPlaceWithin(DiscoveredName name, Mention m, IntFunction<EntityType> typeOf) {
        if (name.type() != EntityType.ORG || m.start() < name.start() || m.end() > name.end()
                || m.end() - m.start() >= name.end() - name.start()) {
            return false;
        }
        EntityType type = typeOf.apply(m.entity());
        return type == EntityType.GPE || type == EntityType.LOC;
    }

    /** A person's name may replace a person's alias strictly inside it, or the nisba adjective that ends it. */
    private static boolean replaceable(DiscoveredName name, Mention m, IntFunction<EntityType> typeOf) {
        if (name.type() != EntityType.PERSON || m.start() < name.start() || m.end() > name.end()) {
            return false;
        }
        boolean strictlyInside = m.end() - m.start() < name.end() - name.start();
        if (m.kind() == AliasKind.ADJECTIVAL) {
            return strictlyInside && m.end() == name.end();
        }
        return strictlyInside && typeOf.apply(m.entity()) == EntityType.PERSON;
    }

    /** Keeps the longer, then stronger, then earlier of overlapping proposals; returns them in text order. */
    private static List<Candidate> withoutOverlaps(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(NameDiscovery::rank);
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ranked) {
            Map.Entry<Integer, Integer> before = taken.floorEntry(c.name.end() - 1);
            if (before != null && before.getValue() > c.name.start()) {
                continue;
            }
            taken.put(c.name.start(), c.name.end());
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt((Candidate c) -> c.name.start()));
        return kept;
    }

    /** The order of {@link #withoutOverlaps}: longer, stronger, earlier, then by name, type and rule. */
    private static int rank(Candidate a, Candidate b) {
        int c = Integer.compare(b.length(), a.length());
        if (c == 0) {
            c = Double.compare(b.name.strength(), a.name.strength());
        }
        if (c == 0) {
            c = Integer.compare(a.name.start(), b.name.start());
        }
        if (c == 0) {
            c = a.name.name().compareTo(b.name.name());
        }
        if (c == 0) {
            c = a.name.type().compareTo(b.name.type());
        }
        return c != 0 ? c : a.name.rule().compareTo(b.name.rule());
    }

    /** The later bare surnames of the part's persons of two tokens or more. */
    private List<Mention> surnames(String text, NormalizedText normalized, List<LocalTally> locals, List<Mention> taken,
                                   int firstIndex) {
        Map<String, Integer> bySurname = new LinkedHashMap<>();
        for (int i = 0; i < locals.size(); i++) {
            LocalTally t = locals.get(i);
            int space = t.key.lastIndexOf(' ');
            if (t.type != EntityType.PERSON || space < 0) {
                continue;
            }
            String surname = t.key.substring(space + 1);
            if (surname.length() < MIN_SURNAME_CHARS) {
                continue;
            }
            // two persons with one surname: a bare surname could be either
            bySurname.merge(surname, i, (a, b) -> -1);
        }
        bySurname.values().removeIf(v -> v < 0);
        if (bySurname.isEmpty()) {
            return List.of();
        }
        Spans covered = new Spans(taken);
        // the last two letters of every surname: a token that ends otherwise is passed over without a lookup
        java.util.BitSet endings = new java.util.BitSet(1 << 16);
        for (String surname : bySurname.keySet()) {
            endings.set(ending(surname, surname.length()));
        }
        String n = normalized.text();
        List<Mention> found = new ArrayList<>();
        // the loop over the words is kept small: most words end otherwise than any surname, and the
        // rest of the test is a method of its own, so the JIT compiles two small methods, not one large
        int i = 0;
        while (i < n.length()) {
            int from = wordStart(n, i);
            i = wordEnd(n, from);
            if (i - from >= MIN_SURNAME_CHARS && endings.get(ending(n, i))) {
                Mention m = surnameMention(text, normalized, from, i, bySurname, locals, covered, firstIndex);
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** The first word character at or after {@code i}, or the end of {@code n}. */
    private static int wordStart(String n, int i) {
        while (i < n.length() && !CharClasses.isLetterOrDigit(n.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word that starts at {@code i}. */
    private static int wordEnd(String n, int i) {
        while (i < n.length() && CharClasses.isLetterOrDigit(n.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The mention of a person's surname that the word {@code n[from, to)} is, or null. */
    private Mention surnameMention(String text, NormalizedText normalized, int from, int to, Map<String, Integer> bySurname,
                                   List<LocalTally> locals, Spans covered, int firstIndex) {
        Integer local = surnameAt(normalized.text(), from, to, bySurname);
        if (local == null) {
            return null;
        }
        int start = normalized.originalStart(from);
        int end = withSuffix(text, normalized.originalEnd(to - 1));
        if (start < locals.get(local).firstEnd || Character.isLowerCase(text.charAt(start))) {
            return null;
        }
        if (covered.endOfLastStartingBy(end - 1) > start) {
            return null;
        }
        return new Mention(firstIndex + local, AliasKind.NAME, start, end, from, MatchKind.COREFERENCE, null);
    }

    /**
     * The spans of a part's mentions, sorted by start, each start once with the furthest end of
     * the mentions that begin there: what a surname must not overlap.
     */
    private static final class Spans {
        private final int[] starts;
        private final int[] ends;

        Spans(List<Mention> mentions) {
            long[] spans = new long[mentions.size()];
            for (int k = 0; k < spans.length; k++) {
                spans[k] = (long) mentions.get(k).start() << 32 | mentions.get(k).end();
            }
            java.util.Arrays.sort(spans);
            int[] s = new int[spans.length];
            int[] e = new int[spans.length];
            int size = 0;
            for (long span : spans) {
                int start = (int) (span >>> 32);
                if (size > 0 && s[size - 1] == start) {
                    // sorted by end within a start: the later is the further
                    e[size - 1] = (int) span;
                } else {
                    s[size] = start;
                    e[size] = (int) span;
                    size++;
                }
            }
            this.starts = java.util.Arrays.copyOf(s, size);
            this.ends = java.util.Arrays.copyOf(e, size);
        }

        /** The end of the span with the greatest start at or before {@code offset}, or -1 when none starts by then. */
        int endOfLastStartingBy(int offset) {
            int k = java.util.Arrays.binarySearch(starts, offset);
            if (k < 0) {
                k = -k - 2;
            }
            return k < 0 ? -1 : ends[k];
        }
    }

    /** A hash of the two characters before {@code end}. */
    private static int ending(CharSequence s, int end) {
        return (s.charAt(end - 2) * 31 + s.charAt(end - 1)) & 0xFFFF;
    }

    /** The person whose surname the token {@code n[from, to)} is, alone or behind Arabic proclitics. */
    private Integer surnameAt(String n, int from, int to, Map<String, Integer> bySurname) {
        Integer local = bySurname.get(n.substring(from, to));
        for (int p = 1; local == null && p <= 4 && p < to - from; p++) {
            if (proclitics.isProclitic(n, from, from + p)) {
                local = bySurname.get(n.substring(from + p, to));
            }
            if (local == null && proclitics.absorbsArticle(n, from, from + p)) {
                // للبرهان: ل and the article of البرهان, its alef not written
                local = bySurname.get(ARTICLE + n.substring(from + p, to));
            }
        }
        return local;
    }

    /** {@code end}, or past a suffix attached by an apostrophe (Erdoğan'ın, Erdoğan’a). */
    private static int withSuffix(String text, int end) {
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
                && Character.isLetter(text.charAt(end + 1))) {
            int e = end + 1;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return e;
        }
        return end;
    }
}
