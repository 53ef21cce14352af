package org.comention.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.comention.entity.Alias;
import org.comention.entity.AliasKind;
import org.comention.entity.EntityType;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;
import org.comention.text.TextNormalizer;

/**
 * A large gazetteer layer of the kind a Wikidata import of one region gives: people, places and
 * organisations, each with a Latin name and an Arabic or Persian one, multi-word, built from the
 * words of the bundled gazetteer's own names (so its letters, word lengths and shared prefixes are
 * those of real names). Seeded: the same size and seed give the same tables.
 *
 * <p>Usage: {@code SyntheticGazetteer ALIASES OUTPUT_DIR [SEED]}: writes {@code entities.csv} and
 * {@code aliases.csv} holding about {@code ALIASES} aliases; src/bench/gazetteer-scale.sh runs it.
 */
public final class SyntheticGazetteer {
    private static final String[] ARABIC_PLACE_WORDS = {"مدينة", "قرية", "جبل", "وادي", "بحيرة", "محافظة"};
    private static final String[] LATIN_PLACE_WORDS = {"City", "Valley", "Mount", "Lake", "District", "Port"};
    private static final String[] ARABIC_ORG_WORDS = {"شركة", "جامعة", "حزب", "مؤسسة", "جمعية", "بنك"};
    private static final String[] LATIN_ORG_WORDS = {"Company", "University", "Party", "Foundation", "Society", "Bank"};

    private final List<String> latinWords;
    private final List<String> arabicWords;
    private final TextNormalizer normalizer = new TextNormalizer();

    private SyntheticGazetteer(Gazetteer bundled) {
        Set<String> latin = new TreeSet<>();
        Set<String> arabic = new TreeSet<>();
        for (Gazetteer.RankedAlias ranked : bundled.aliases()) {
            Alias alias = ranked.alias();
            if (alias.kind() != AliasKind.NAME) {
                continue;
            }
            for (String word : alias.text().split(" ")) {
                if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                if (Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC) {
                    arabic.add(word);
                } else if (Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN
                        && Character.isUpperCase(word.charAt(0))) {
                    latin.add(word);
                }
            }
        }
        this.latinWords = new ArrayList<>(latin);
        this.arabicWords = new ArrayList<>(arabic);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SyntheticGazetteer ALIASES OUTPUT_DIR [SEED]");
        }
        write(Integer.parseInt(args[0]), Path.of(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    }

    /** Writes a gazetteer layer of {@code aliases} aliases into {@code dir}. */
    public static void write(int aliases, Path dir, long seed) throws IOException {
        new SyntheticGazetteer(GazetteerReader.readWithBundled(List.of())).write(aliases, dir, new SplittableRandom(seed));
    }

    private void write(int aliasCount, Path dir, SplittableRandom random) throws IOException {
        Files.createDirectories(dir);
        Set<String> taken = new HashSet<>();
        int written = 0;
        try (BufferedWriter entities = Files.newBufferedWriter(dir.resolve("entities.csv"), StandardCharsets.UTF_8);
             BufferedWriter aliases = Files.newBufferedWriter(dir.resolve("aliases.csv"), StandardCharsets.UTF_8)) {
            entities.write("id,label,type\n");
            aliases.write("entity,lang,alias,kind\n");
            for (int n = 0; written < aliasCount; n++) {
                int roll = random.nextInt(100);
                EntityType type = roll < 55 ? EntityType.PERSON : roll < 80 ? EntityType.GPE : EntityType.ORG;
                String id = String.format(Locale.ROOT, "syn-%s-%07d", type.name().toLowerCase(Locale.ROOT), n);
                // a Latin name, an Arabic-script one, and now and then a second spelling of each
                List<String[]> names = new ArrayList<>();
                names.add(new String[] {"en", name(type, latinWords, LATIN_PLACE_WORDS, LATIN_ORG_WORDS, random)});
                names.add(new String[] {random.nextBoolean() ? "ar" : "fa",
                        name(type, arabicWords, ARABIC_PLACE_WORDS, ARABIC_ORG_WORDS, random)});
                if (random.nextInt(4) == 0) {
                    names.add(new String[] {"en", name(type, latinWords, LATIN_PLACE_WORDS, LATIN_ORG_WORDS, random)});
                }
                if (random.nextInt(4) == 0) {
                    names.add(new String[] {"ar", name(type, arabicWords, ARABIC_PLACE_WORDS, ARABIC_ORG_WORDS, random)});
                }
                String label = null;
                for (String[] name : names) {
                    // one normalised name, one entity: a clash within a layer is an error
                    if (written < aliasCount && taken.add(normalizer.forMatchingToString(name[1]))) {
                        if (label == null) {
                            label = name[1];
                            entities.write(id + "," + label + "," + type + "\n");
                        }
                        aliases.write(id + "," + name[0] + "," + name[1] + ",name\n");
                        written++;
                    }
                }
            }
        }
    }

    private static String name(EntityType type, List<String> words, String[] placeWords, String[] orgWords,
                               SplittableRandom random) {
        String first = words.get(random.nextInt(words.size()));
        String second = words.get(random.nextInt(words.size()));
        return switch (type) {
            case PERSON -> random.nextInt(3) == 0
                    ? first + " " + words.get(random.nextInt(words.size())) + " " + second
                    : first + " " + second;
            case GPE -> random.nextInt(3) == 0 ? placeWords[random.nextInt(placeWords.length)] + " " + first
                    : first + " " + second;
            default -> orgWords[random.nextInt(orgWords.length)] + " " + first + " " + second;
        };
    }
}
