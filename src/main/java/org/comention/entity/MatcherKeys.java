package org.comention.entity;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.comention.common.UserInputException;
import org.comention.text.ArabicProclitics;
import org.comention.text.CyrillicEndings;
import org.comention.text.TextNormalizer;

/**
 * The keys of the matcher's automaton, from a gazetteer: every alias normalised, the surnames of
 * listed people, the spelling and spacing variants of Arabic-script names, and the article-less
 * stems of Arabic names (ناتو of الناتو, for للناتو), each with what it stands for.
 *
 * <p>One normalised alias names one entity: two aliases of the same layer that normalise alike but
 * name different entities are an error; a later layer's alias overrides an earlier layer's.
 *
 * <p>The aliases and their variants may have {@value #MAX_KEY_CHARACTERS} characters in all: the
 * matcher's memory grows with them, and a long one-word Arabic-script alias has as many spacing
 * variants as letters. A realistic gazetteer of 200,000 aliases derives 12.6 million.
 */
final class MatcherKeys {
    static final long MAX_KEY_CHARACTERS = 50_000_000;
    /** Progress is told every this many aliases or keys (a power of two). */
    private static final int PROGRESS_ALIASES = 1 << 12;

    private MatcherKeys() {
    }

    /** The keys in their natural order; the same gazetteer and normaliser give the same map. */
    static NavigableMap<String, AutomatonKey> of(Gazetteer gazetteer, TextNormalizer normalizer) {
        return of(gazetteer, normalizer, MatcherProgress.NONE);
    }

    /** As above, telling {@code progress} how many aliases are normalised and how many keys have their variants. */
    static NavigableMap<String, AutomatonKey> of(Gazetteer gazetteer, TextNormalizer normalizer, MatcherProgress progress) {
        NavigableMap<String, AutomatonKey> keys = new TreeMap<>();
        Budget budget = new Budget();
        List<Gazetteer.RankedAlias> aliases = gazetteer.aliases();
        String step = String.format(Locale.ROOT, "deriving keys from %,d aliases", aliases.size());
        for (int i = 0; i < aliases.size(); i++) {
            if ((i & PROGRESS_ALIASES - 1) == 0) {
                progress.advanced(step, i, aliases.size());
            }
            Gazetteer.RankedAlias ranked = aliases.get(i);
            Alias alias = ranked.alias();
            String normalized = normalizer.forMatchingToString(alias.text());
            String unusable = GazetteerCheck.unusable(alias, normalized);
            if (unusable != null) {
                throw new UserInputException(unusable);
            }
            budget.spend(normalized, alias);
            AutomatonKey key = new AutomatonKey(gazetteer.indexOf(alias.entityId()), alias.kind(),
                    isCapitalsOnly(alias.text()), false, ranked.precedence(), alias);
            keys.merge(normalized, key, (earlier, later) -> resolve(normalized, earlier, later));
        }
        progress.advanced(step, aliases.size(), aliases.size());
        addShortForms(gazetteer, keys);
        addVariants(gazetteer, normalizer, keys, budget, progress);
        addSoftAdjectiveForms(gazetteer, normalizer, keys, budget);
        Map<String, AutomatonKey> stems = new TreeMap<>();
        for (Map.Entry<String, AutomatonKey> entry : keys.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("ال") && key.length() >= 2 + EntityMatcher.MIN_LENGTH_AFTER_PROCLITIC
                    && ArabicProclitics.isArabicLetter(key.charAt(2))) {
                String stem = key.substring(2);
                AutomatonKey value = entry.getValue();
                if (!keys.containsKey(stem)) {
                    stems.putIfAbsent(stem, new AutomatonKey(value.entity(), value.kind(), false, true, value.precedence(),
                            value.alias(), value.variant(), value.coreferents()));
                }
            }
        }
        keys.putAll(stems);
        return keys;
    }

    /**
     * Adds each person's surname, the last word of a listed full name, as a key that links only
     * after that person's full name earlier in the same document (Gale, Church and Yarowsky 1992,
     * "One sense per discourse"), to whoever of its bearers was named last. Surnames the
     * gazetteer lists on their own are names already; surnames that are common words or given
     * names ({@link ShortForms}) are never derived.
     */
    private static void addShortForms(Gazetteer gazetteer, Map<String, AutomatonKey> keys) {
        Map<String, TreeSet<Integer>> bearers = new TreeMap<>();
        Map<String, AutomatonKey> first = new TreeMap<>();
        for (Map.Entry<String, AutomatonKey> entry : keys.entrySet()) {
            AutomatonKey key = entry.getValue();
            if (key.kind() != AliasKind.NAME || gazetteer.entity(key.entity()).type() != EntityType.PERSON) {
                continue;
            }
            String surname = ShortForms.surname(entry.getKey());
            if (surname == null || keys.containsKey(surname)) {
                continue;
            }
            bearers.computeIfAbsent(surname, k -> new TreeSet<>()).add(key.entity());
            first.putIfAbsent(surname, key);
        }
        for (Map.Entry<String, TreeSet<Integer>> entry : bearers.entrySet()) {
            AutomatonKey template = first.get(entry.getKey());
            int[] people = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            keys.put(entry.getKey(), new AutomatonKey(people[0], AliasKind.NAME, false, false, Integer.MIN_VALUE,
                    template.alias(), false, people));
        }
    }

    /**
     * Adds the spelling variants ({@link ArabicScriptVariants}) of every person's Arabic-script
     * name, and the spacing variants of every Arabic-script name (کی یف, الولاياتالمتحدة). A
     * variant never displaces a listed alias, and a variant two people share is dropped:
     * generated spellings only fill gaps.
     */
    private static void addVariants(Gazetteer gazetteer, TextNormalizer normalizer, Map<String, AutomatonKey> keys,
                                    Budget budget, MatcherProgress progress) {
        ArabicScriptVariants generator = new ArabicScriptVariants(normalizer::forMatchingToString);
        Map<String, AutomatonKey> variants = new TreeMap<>();
        Set<String> shared = new HashSet<>();
        int total = keys.size();
        String step = String.format(Locale.ROOT, "spelling variants of %,d keys", total);
        int done = 0;
        for (Map.Entry<String, AutomatonKey> entry : keys.entrySet()) {
            if ((done++ & PROGRESS_ALIASES - 1) == 0) {
                progress.advanced(step, done - 1, total);
            }
            AutomatonKey key = entry.getValue();
            if (key.kind() != AliasKind.NAME || key.coreferents() != null
                    || !ArabicProclitics.isArabicLetter(entry.getKey().charAt(0))) {
                continue;
            }
            Set<String> generated = new LinkedHashSet<>(generator.spacing(entry.getKey()));
            if (gazetteer.entity(key.entity()).type() == EntityType.PERSON) {
                generated.addAll(generator.of(entry.getKey()));
            }
            for (String variant : generated) {
                if (keys.containsKey(variant)) {
                    continue;
                }
                budget.spend(variant, key.alias());
                AutomatonKey earlier = variants.putIfAbsent(variant,
                        new AutomatonKey(key.entity(), AliasKind.NAME, false, false, Integer.MIN_VALUE, key.alias(), true));
                if (earlier != null && earlier.entity() != key.entity()) {
                    shared.add(variant);
                }
            }
        }
        shared.forEach(variants::remove);
        keys.putAll(variants);
        progress.advanced(step, total, total);
    }

    /**
     * Adds, for a Russian or Ukrainian name of a place or organisation with a soft or hushing
     * adjective (Ближний Восток, Нижний Новгород), the key of the adjective's other case forms
     * (на Ближнем Востоке, Ближнего Востока), which lose the и its folded nominative keeps
     * ({@link CyrillicEndings#softAdjectiveOtherForm}). Like a spelling variant, it never
     * displaces a listed key, and one two entities share is dropped. People are left out: their given names in -ий (Евгений, Дмитрий)
     * are nouns, whose forms keep the и.
     */
    private static void addSoftAdjectiveForms(Gazetteer gazetteer, TextNormalizer normalizer,
                                              Map<String, AutomatonKey> keys, Budget budget) {
        Map<String, AutomatonKey> forms = new TreeMap<>();
        Set<String> shared = new HashSet<>();
        for (AutomatonKey key : keys.values()) {
            String text = key.alias().text();
            // every soft adjective ends in -ий: most keys of a large gazetteer have no й, and are passed by at once
            if (key.kind() != AliasKind.NAME || key.variant() || key.coreferents() != null
                    || text.indexOf('й') < 0 && text.indexOf('Й') < 0
                    || gazetteer.entity(key.entity()).type() == EntityType.PERSON) {
                continue;
            }
            String[] words = text.split(" ", -1);
            boolean changed = false;
            for (int i = 0; i < words.length; i++) {
                String other = CyrillicEndings.softAdjectiveOtherForm(words[i]);
                if (other != null) {
                    words[i] = other;
                    changed = true;
                }
            }
            if (!changed) {
                continue;
            }
            String form = normalizer.forMatchingToString(String.join(" ", words));
            if (!form.isEmpty() && !keys.containsKey(form)) {
                budget.spend(form, key.alias());
                // an inflection of the listed name, not a spelling of it: its mentions say "normalised"
                AutomatonKey earlier = forms.putIfAbsent(form, new AutomatonKey(key.entity(), AliasKind.NAME, false, false,
                        Integer.MIN_VALUE, key.alias(), false));
                if (earlier != null && earlier.entity() != key.entity()) {
                    shared.add(form);
                }
            }
        }
        shared.forEach(forms::remove);
        keys.putAll(forms);
    }

    private static AutomatonKey resolve(String normalized, AutomatonKey earlier, AutomatonKey later) {
        if (earlier.entity() != later.entity()) {
            if (earlier.precedence() == later.precedence()) {
                throw new UserInputException(GazetteerCheck.collision(normalized, earlier.alias(), later.alias()));
            }
            return later.precedence() > earlier.precedence() ? later : earlier;
        }
        AliasKind kind = earlier.kind() == AliasKind.NAME || later.kind() == AliasKind.NAME ? AliasKind.NAME : later.kind();
        return new AutomatonKey(earlier.entity(), kind, earlier.capitalsOnly() && later.capitalsOnly(), false,
                Math.max(earlier.precedence(), later.precedence()), earlier.alias());
    }

    /** The characters of the keys derived so far, against {@link #MAX_KEY_CHARACTERS}. */
    private static final class Budget {
        private long spent;

        void spend(String key, Alias from) {
            spent += key.length();
            if (spent > MAX_KEY_CHARACTERS) {
                throw new UserInputException(String.format(Locale.ROOT, "%s: with alias '%s' the gazetteer's aliases "
                        + "and their spelling and spacing variants pass %,d characters, the most one run takes",
                        from.where(), from.text(), MAX_KEY_CHARACTERS));
            }
        }
    }

    /** An acronym such as NATO or U.S.: Latin capitals, digits and dots, at least two letters, no lowercase. */
    static boolean isCapitalsOnly(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                if (!(c >= 'A' && c <= 'Z')) {
                    return false;
                }
                letters++;
            } else if (!(Character.isDigit(c) || c == '.' || c == '&' || c == '-')) {
                return false;
            }
        }
        return letters >= 2;
    }
}
