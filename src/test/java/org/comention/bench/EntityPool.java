package org.comention.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.comention.entity.Alias;
import org.comention.entity.AliasKind;
import org.comention.entity.Gazetteer;

/**
 * The names {@link SyntheticCorpus} mentions: for each language, the gazetteer's name aliases
 * (adjectival forms left out: they count only with {@code --adjectives}) grouped by entity. An
 * entity's popularity is one Zipf rank shared by all languages, so the entity that dominates the
 * Arabic articles also dominates the Persian and English ones, as a story does across newsrooms.
 */
final class EntityPool {
    /** Close to the exponent of word and name frequencies in news text. */
    static final double ZIPF_EXPONENT = 1.0;

    private final Map<String, List<List<String>>> aliasesByLanguage = new LinkedHashMap<>();
    private final Map<String, Zipf> ranks = new LinkedHashMap<>();

    /**
     * @param seed decides which entities are the frequent ones: the gazetteer order (by id) is
     *             shuffled with it, so no alphabetical bias makes Afghanistan the top entity
     */
    EntityPool(Gazetteer gazetteer, List<String> languages, long seed) {
        int[] rankOf = shuffledRanks(gazetteer.size(), new SplittableRandom(seed));
        for (String lang : languages) {
            List<List<String>> byRank = new ArrayList<>();
            for (int r = 0; r < gazetteer.size(); r++) {
                byRank.add(new ArrayList<>());
            }
            for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
                Alias alias = ranked.alias();
                int entity = gazetteer.indexOf(alias.entityId());
                if (alias.kind() == AliasKind.NAME && lang.equals(alias.lang()) && entity >= 0) {
                    byRank.get(rankOf[entity]).add(alias.text());
                }
            }
            byRank.removeIf(List::isEmpty);
            if (byRank.isEmpty()) {
                throw new IllegalArgumentException("the gazetteer has no " + lang + " names");
            }
            aliasesByLanguage.put(lang, byRank);
            ranks.put(lang, new Zipf(byRank.size(), ZIPF_EXPONENT));
        }
    }

    /** A name in {@code lang}: an entity at its Zipf frequency, then one of its aliases uniformly. */
    String draw(String lang, SplittableRandom random) {
        List<String> aliases = aliasesByLanguage.get(lang).get(ranks.get(lang).next(random));
        return aliases.get(random.nextInt(aliases.size()));
    }

    /** How many entities have a name in {@code lang}. */
    int entities(String lang) {
        return aliasesByLanguage.get(lang).size();
    }

    private static int[] shuffledRanks(int n, SplittableRandom random) {
        int[] rankOf = new int[n];
        for (int i = 0; i < n; i++) {
            rankOf[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rankOf[i];
            rankOf[i] = rankOf[j];
            rankOf[j] = t;
        }
        return rankOf;
    }
}
