package org.comention.entity;

import java.util.ArrayList;
import java.util.List;
import org.comention.text.NormalizedText;

/**
 * A rule family for tests, registered on the test class path: proposes what is written between
 * ⟦ and ⟧, which no news text holds, so it changes no other test's corpus. Strength 0.9 after
 * "Minister ", else 0.5; an ORG when the name ends in " Party", a GPE after "city of ", else a PERSON.
 */
public final class BracketNames implements NameRules {

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        List<DiscoveredName> names = new ArrayList<>();
        for (int open = text.indexOf('⟦'); open >= 0; open = text.indexOf('⟦', open + 1)) {
            int close = text.indexOf('⟧', open + 1);
            if (close < 0) {
                break;
            }
            int start = open + 1;
            String name = text.substring(start, close);
            if (name.isBlank()) {
                continue;
            }
            boolean strong = text.substring(0, open).endsWith("Minister ");
            EntityType type = name.endsWith(" Party") ? EntityType.ORG
                    : text.substring(0, open).endsWith("city of ") ? EntityType.GPE : EntityType.PERSON;
            names.add(new DiscoveredName(start, close, normalizedIndex(normalized, start), name, type,
                    strong ? 0.9 : 0.5, "bracket"));
        }
        return names;
    }

    /** The first normalised character that comes from original offset {@code start} or later. */
    static int normalizedIndex(NormalizedText normalized, int start) {
        int lo = 0;
        int hi = normalized.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (normalized.originalStart(mid) < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
