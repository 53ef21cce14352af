package org.comention.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.comention.text.TextNormalizer;

/**
 * Finds what would make a gazetteer link wrongly or fail to load, all at once rather than the
 * first only: aliases that two entities of the same layer claim (after normalisation, which is
 * when they collide), aliases without letters or of a single letter, entities without a name.
 * Malformed rows are the reader's part ({@link GazetteerReader#check}).
 */
public final class GazetteerCheck {
    private final TextNormalizer normalizer;

    public GazetteerCheck(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * Why an alias cannot be matched (no letters, or a single letter, once normalised), or null
     * when it can. The matcher refuses such an alias with this message; the check lists it.
     */
    static String unusable(Alias alias, String normalized) {
        if (normalized.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return alias.where() + ": alias '" + alias.text() + "' has no letters after normalisation";
        }
        if (normalized.codePointCount(0, normalized.length()) < 2) {
            return alias.where() + ": alias '" + alias.text() + "' is a single letter";
        }
        return null;
    }

    /** The message for two aliases of one layer that normalise alike but name different entities. */
    static String collision(String normalized, Alias earlier, Alias later) {
        return later.where() + ": alias '" + later.text() + "' (as '" + normalized + "') names " + later.entityId()
                + ", but " + earlier.where() + " gives it to " + earlier.entityId();
    }

    /** The problems of {@code gazetteer}, one line each, naming file and line. */
    public List<String> problems(Gazetteer gazetteer) {
        List<String> problems = new ArrayList<>();
        Map<String, Alias> firstClaim = new TreeMap<>();
        boolean[] named = new boolean[gazetteer.size()];
        for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
            Alias alias = ranked.alias();
            String normalized = normalizer.forMatchingToString(alias.text());
            String unusable = unusable(alias, normalized);
            if (unusable != null) {
                problems.add(unusable);
                continue;
            }
            named[gazetteer.indexOf(alias.entityId())] |= alias.kind() == AliasKind.NAME;
            Alias earlier = firstClaim.putIfAbsent(ranked.precedence() + "\u0000" + normalized, alias);
            if (earlier != null && !earlier.entityId().equals(alias.entityId())) {
                problems.add(collision(normalized, earlier, alias));
            }
        }
        for (int i = 0; i < named.length; i++) {
            if (!named[i]) {
                problems.add("entity " + gazetteer.entity(i).id() + " has no name alias: it can never be found");
            }
        }
        return problems;
    }
}
