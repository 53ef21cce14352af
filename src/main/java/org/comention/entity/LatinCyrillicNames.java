package org.comention.entity;

import java.util.List;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;

/** Placeholder: the real rule family is written in another branch and replaces this file at merge. */
public final class LatinCyrillicNames implements NameRules {

    public LatinCyrillicNames(TextNormalizer normalizer) {
    }

    @Override
    public List<DiscoveredName> find(String text, NormalizedText normalized, String lang, List<Mention> known) {
        return List.of();
    }
}
