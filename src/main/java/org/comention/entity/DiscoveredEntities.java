package org.comention.entity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run's discovered entities: gives each entity a part discovered ({@link NameDiscovery.Local})
 * its index in the run, after the gazetteer's, in input order, so the numbering (and every output)
 * depends on the input alone, not on the threads.
 *
 * <p>A part's entity joins an earlier one with the same normalised name, or else the same
 * {@link NameSkeleton skeleton}, and a {@link NameDiscovery#compatible compatible} type; its keys
 * are then the earlier one's too, so spellings chain (البرهان, Burhan, Bourhane).
 *
 * <p>Ids are {@code d-} and the ASCII slug of the first name seen (d-abdel-fattah-al-burhan), so
 * the same name gets the same id in every run; when that id is taken (by the gazetteer or another
 * discovered entity) a six-digit hash of type and normalised name follows it. Labels are the most
 * frequent name (ties: the first seen). Confidence is 1 - Π(1 - s) over the parts naming the
 * entity, s the strongest proposal in the part, capped at {@value #MAX_CONFIDENCE}: one strong
 * cue gives about 0.8, a weak name repeated over a few documents climbs towards the cap.
 *
 * <p>At most {@code cap} entities: a corpus of millions of documents proposes names without end,
 * and each entity costs every counting thread a slot; later new names are left out (their parts'
 * other mentions still count). Not thread-safe: the one thread that merges parts in input order owns it.
 */
public final class DiscoveredEntities {
    /** The default bound on discovered entities in a run. */
    public static final int DEFAULT_CAP = 200_000;
    /** The most a run may be given: ten times the default, up to some 200 MB of counters and scratch arrays a thread. */
    public static final int MAX_CAP = 2_000_000;
    /** No discovered entity is certain. */
    public static final double MAX_CONFIDENCE = 0.99;

    private final Gazetteer gazetteer;
    private final NameSkeleton skeletons;
    private final int cap;
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final Map<String, List<Integer>> bySkeleton = new HashMap<>();
    private final List<Tally> tallies = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private long leftOut;

    private static final class Tally {
        final String id;
        final EntityType type;
        /** Name -> count, in order of first sight. */
        final Map<String, long[]> names = new LinkedHashMap<>();
        double logUnsure;
        int parts;

        Tally(String id, EntityType type) {
            this.id = id;
            this.type = type;
        }
    }

    public DiscoveredEntities(Gazetteer gazetteer, NameSkeleton skeletons, int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("the cap on discovered entities must be 0 or more, not " + cap);
        }
        this.gazetteer = gazetteer;
        this.skeletons = skeletons;
        this.cap = cap;
    }

    /** The index of the first discovered entity: the gazetteer's size. */
    public int base() {
        return gazetteer.size();
    }

    /**
     * Registers the entities of one part, in order; returns each one's index in the run, or -1
     * when the cap left it out.
     */
    public int[] register(List<NameDiscovery.Local> locals) {
        int[] global = new int[locals.size()];
        Map<Integer, Double> strongest = new LinkedHashMap<>();
        for (int j = 0; j < locals.size(); j++) {
            NameDiscovery.Local local = locals.get(j);
            int index = find(byKey.get(local.key()), local.type());
            if (index < 0) {
                index = find(bySkeleton.get(local.skeleton()), local.type());
            }
            if (index < 0) {
                if (tallies.size() >= cap) {
                    global[j] = -1;
                    leftOut++;
                    continue;
                }
                index = tallies.size();
                tallies.add(new Tally(newId(local), local.type()));
            }
            addKey(byKey, local.key(), index);
            if (!local.skeleton().isEmpty()) {
                addKey(bySkeleton, local.skeleton(), index);
            }
            Tally tally = tallies.get(index);
            for (String name : local.names()) {
                tally.names.computeIfAbsent(name, k -> new long[1])[0]++;
            }
            strongest.merge(index, local.strength(), Math::max);
            global[j] = base() + index;
        }
        strongest.forEach((index, strength) -> {
            Tally tally = tallies.get(index);
            tally.logUnsure += Math.log1p(-Math.min(strength, MAX_CONFIDENCE));
            tally.parts++;
        });
        return global;
    }

    private int find(List<Integer> candidates, EntityType type) {
        if (candidates != null) {
            for (int index : candidates) {
                if (NameDiscovery.compatible(tallies.get(index).type, type)) {
                    return index;
                }
            }
        }
        return -1;
    }

    private static void addKey(Map<String, List<Integer>> keys, String key, int index) {
        List<Integer> indices = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!indices.contains(index)) {
            indices.add(index);
        }
    }

    private String newId(NameDiscovery.Local local) {
        String first = local.names().get(0);
        String slug = skeletons.slug(first);
        String hash = HexFormat.of().formatHex(sha256(local.type() + ":" + local.key())).substring(0, 6);
        String id = slug.isEmpty() ? "d-" + hash : "d-" + slug;
        if (taken(id)) {
            id = id + "-" + hash;
        }
        for (int n = 2; taken(id); n++) {
            id = "d-" + (slug.isEmpty() ? "" : slug + "-") + hash + "-" + n;
        }
        ids.add(id);
        return id;
    }

    private boolean taken(String id) {
        return ids.contains(id) || gazetteer.indexOf(id) >= 0;
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Discovered entities so far. */
    public int size() {
        return tallies.size();
    }

    /** Entities of parts that the cap left out. */
    public long leftOut() {
        return leftOut;
    }

    public int cap() {
        return cap;
    }

    /**
     * Entity {@code index} (a run index) as known so far: its id and, while the run is read, the
     * first name seen as label; {@link #entities()} has the final labels. Gazetteer entities as listed.
     */
    public Entity entity(int index) {
        if (index < base()) {
            return gazetteer.entity(index);
        }
        Tally tally = tallies.get(index - base());
        return new Entity(tally.id, tally.names.keySet().iterator().next(), tally.type, null, Origin.DISCOVERED,
                confidence(tally));
    }

    /** The discovered entities, in index order, with their final labels and confidence. */
    public List<Entity> entities() {
        List<Entity> entities = new ArrayList<>(tallies.size());
        for (Tally tally : tallies) {
            String label = null;
            long most = 0;
            for (Map.Entry<String, long[]> name : tally.names.entrySet()) {
                if (name.getValue()[0] > most) {
                    most = name.getValue()[0];
                    label = name.getKey();
                }
            }
            entities.add(new Entity(tally.id, label, tally.type, null, Origin.DISCOVERED, confidence(tally)));
        }
        return entities;
    }

    /** The names discovered entity {@code k} (0 for the first) was found under, with counts, in order of first sight. */
    public Map<String, Long> names(int k) {
        Map<String, Long> names = new LinkedHashMap<>();
        tallies.get(k).names.forEach((name, count) -> names.put(name, count[0]));
        return names;
    }

    /** The gazetteer and the discovered entities after it: the table every later stage reads. */
    public Gazetteer gazetteer() {
        return gazetteer.withEntities(entities());
    }

    private static double confidence(Tally tally) {
        return Math.min(MAX_CONFIDENCE, -Math.expm1(tally.logUnsure));
    }
}
