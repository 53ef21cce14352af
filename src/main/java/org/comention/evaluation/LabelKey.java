package org.comention.evaluation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.comention.entity.Alias;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;

/**
 * Compares entity labels the way {@code score.py} does (accents dropped, case and spacing folded)
 * and, beyond it, resolves a gold label that is another English name of a gazetteer entity
 * (Volodymyr Zelensky, United States of America, Kiev) to that entity's label, so a gold file
 * need not use comention's exact titles.
 */
public final class LabelKey {
    private final Map<String, String> canonical = new HashMap<>();

    /** Keys without a gazetteer: labels compare by their folded text only. */
    public LabelKey() {
    }

    public LabelKey(Gazetteer gazetteer) {
        for (Entity entity : gazetteer.entities()) {
            canonical.put(fold(entity.label()), fold(entity.label()));
        }
        for (Gazetteer.RankedAlias ranked : gazetteer.aliases()) {
            Alias alias = ranked.alias();
            if (alias.lang().equals("en")) {
                canonical.putIfAbsent(fold(alias.text()), fold(gazetteer.entity(gazetteer.indexOf(alias.entityId())).label()));
            }
        }
    }

    public String of(String label) {
        String folded = fold(label);
        return canonical.getOrDefault(folded, folded);
    }

    static String fold(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        ascii = ascii.replaceAll("[^\\x00-\\x7F]", "");
        return String.join(" ", ascii.replace('_', ' ').toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }
}
