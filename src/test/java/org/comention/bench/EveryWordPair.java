package org.comention.bench;

import java.util.ArrayList;
import java.util.List;
import org.comention.entity.DiscoveredName;
import org.comention.entity.EntityType;
import org.comention.entity.Mention;
import org.comention.entity.NameRules;
import org.comention.text.NormalizedText;
import org.comention.text.Scripts;

/**
 * A rule family far greedier than any real one, for {@code src/bench/discovery-cost.sh --stress}:
 * every two adjacent words that are capitalised or in Arabic script are proposed as a weak person's
 * name, so the discovery stage (overlaps, evidence, numbering, surnames) is measured under a load
 * no real rules reach. Registered only by that script, never on the test class path.
 */
public final class EveryWordPair implements NameRules {

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        List<DiscoveredName> names = new ArrayList<>();
        String n = normalized.text();
        int previousStart = -1;
        int i = 0;
        while (i < n.length()) {
            if (!Character.isLetter(n.charAt(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < n.length() && Character.isLetterOrDigit(n.charAt(i))) {
                i++;
            }
            int start = normalized.originalStart(from);
            char first = text.charAt(start);
            boolean namelike = Character.isUpperCase(first) || Scripts.of(first) == Scripts.ARABIC;
            if (!namelike) {
                previousStart = -1;
                continue;
            }
            if (previousStart >= 0) {
                int originalStart = normalized.originalStart(previousStart);
                int end = normalized.originalEnd(i - 1);
                names.add(new DiscoveredName(originalStart, end, previousStart, text.substring(originalStart, end),
                        EntityType.PERSON, 0.5, "every-word-pair"));
            }
            previousStart = from;
        }
        return names;
    }
}
