import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Generates the country and territory part of the bundled gazetteer from the JDK's CLDR locale
 * data, so that country names in every language are looked up, not typed.
 *
 * <p>Run from the repository root: {@code java data/gazetteer/tools/CldrCountries.java data/gazetteer}.
 * It writes {@code cldr-countries.csv} (entities) and {@code cldr-country-aliases.csv} (aliases).
 * Labels follow English Wikipedia titles where CLDR's English name differs; aliases that are
 * common words in their language are left out (listed below with the reason). Hand-made aliases
 * (short forms, adjectives, other spellings) live in {@code aliases.csv}, not here.
 */
public final class CldrCountries {
    private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ru", "uk", "fr", "de", "tr");

    /** English Wikipedia titles where CLDR's English display name is not the title. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("AG", "Antigua and Barbuda"), Map.entry("BA", "Bosnia and Herzegovina"),
            Map.entry("BL", "Saint Barthélemy"), Map.entry("BS", "The Bahamas"),
            Map.entry("CD", "Democratic Republic of the Congo"), Map.entry("CG", "Republic of the Congo"),
            Map.entry("CI", "Ivory Coast"), Map.entry("CZ", "Czech Republic"),
            Map.entry("FM", "Federated States of Micronesia"), Map.entry("GE", "Georgia (country)"),
            Map.entry("GM", "The Gambia"), Map.entry("GS", "South Georgia and the South Sandwich Islands"),
            Map.entry("HK", "Hong Kong"), Map.entry("HM", "Heard Island and McDonald Islands"),
            Map.entry("IE", "Republic of Ireland"), Map.entry("KN", "Saint Kitts and Nevis"),
            Map.entry("LC", "Saint Lucia"), Map.entry("MF", "Collectivity of Saint Martin"),
            Map.entry("MM", "Myanmar"), Map.entry("MO", "Macau"),
            Map.entry("PM", "Saint Pierre and Miquelon"), Map.entry("PS", "State of Palestine"),
            Map.entry("SH", "Saint Helena, Ascension and Tristan da Cunha"),
            Map.entry("SJ", "Svalbard and Jan Mayen"), Map.entry("ST", "São Tomé and Príncipe"),
            Map.entry("TC", "Turks and Caicos Islands"), Map.entry("TF", "French Southern and Antarctic Lands"),
            Map.entry("TL", "East Timor"), Map.entry("TR", "Turkey"), Map.entry("TT", "Trinidad and Tobago"),
            Map.entry("UM", "United States Minor Outlying Islands"),
            Map.entry("VC", "Saint Vincent and the Grenadines"), Map.entry("VI", "United States Virgin Islands"),
            Map.entry("WF", "Wallis and Futuna"));

    /** Wikidata ids, only where certain. */
    private static final Map<String, String> WIKIDATA = Map.ofEntries(
            Map.entry("US", "Q30"), Map.entry("RU", "Q159"), Map.entry("UA", "Q212"), Map.entry("CN", "Q148"),
            Map.entry("IR", "Q794"), Map.entry("FR", "Q142"), Map.entry("DE", "Q183"), Map.entry("GB", "Q145"),
            Map.entry("JP", "Q17"), Map.entry("KR", "Q884"), Map.entry("KP", "Q423"), Map.entry("FI", "Q33"),
            Map.entry("SE", "Q34"), Map.entry("BE", "Q31"), Map.entry("IL", "Q801"), Map.entry("TR", "Q43"),
            Map.entry("SA", "Q851"), Map.entry("EG", "Q79"), Map.entry("SY", "Q858"), Map.entry("IQ", "Q796"),
            Map.entry("IN", "Q668"), Map.entry("PL", "Q36"), Map.entry("IT", "Q38"), Map.entry("ES", "Q29"),
            Map.entry("CA", "Q16"), Map.entry("AU", "Q408"), Map.entry("BR", "Q155"), Map.entry("MX", "Q96"),
            Map.entry("NO", "Q20"), Map.entry("DK", "Q35"), Map.entry("NL", "Q55"), Map.entry("CH", "Q39"),
            Map.entry("AT", "Q40"), Map.entry("GR", "Q41"), Map.entry("PT", "Q45"), Map.entry("IE", "Q27"),
            Map.entry("HU", "Q28"), Map.entry("CZ", "Q213"), Map.entry("RO", "Q218"), Map.entry("BG", "Q219"),
            Map.entry("BY", "Q184"), Map.entry("MD", "Q217"), Map.entry("GE", "Q230"), Map.entry("AM", "Q399"),
            Map.entry("AZ", "Q227"), Map.entry("KZ", "Q232"), Map.entry("AF", "Q889"), Map.entry("PK", "Q843"),
            Map.entry("LB", "Q822"), Map.entry("JO", "Q810"), Map.entry("KW", "Q817"), Map.entry("QA", "Q846"),
            Map.entry("AE", "Q878"), Map.entry("OM", "Q842"), Map.entry("BH", "Q398"), Map.entry("YE", "Q805"),
            Map.entry("LY", "Q1016"), Map.entry("TN", "Q948"), Map.entry("DZ", "Q262"), Map.entry("MA", "Q1028"),
            Map.entry("SD", "Q1049"), Map.entry("ET", "Q115"), Map.entry("NG", "Q1033"), Map.entry("ZA", "Q258"),
            Map.entry("ID", "Q252"), Map.entry("PH", "Q928"), Map.entry("VN", "Q881"), Map.entry("TH", "Q869"),
            Map.entry("MY", "Q833"), Map.entry("SG", "Q334"), Map.entry("TW", "Q865"), Map.entry("NZ", "Q664"),
            Map.entry("AR", "Q414"), Map.entry("CL", "Q298"), Map.entry("CO", "Q739"), Map.entry("VE", "Q717"),
            Map.entry("CU", "Q241"), Map.entry("EE", "Q191"), Map.entry("LV", "Q211"), Map.entry("LT", "Q37"),
            Map.entry("SK", "Q214"), Map.entry("SI", "Q215"), Map.entry("HR", "Q224"), Map.entry("RS", "Q403"),
            Map.entry("IS", "Q189"), Map.entry("LU", "Q32"), Map.entry("CY", "Q229"), Map.entry("MT", "Q233"));

    /**
     * CLDR names that are common words (or a common given name) in their language, so matching them
     * would link ordinary text to a country: Mali (مالي "financial"), Benin (بنين "sons"), Czechia in
     * Persian (چک "cheque"), Mauritius in Persian and French (موریس, Maurice: given names), Togo in
     * Russian and Ukrainian (Того "of that").
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "ar:مالي", "fa:مالی", "tr:Mali", "ar:بنين", "fa:بنین", "fa:چک", "fa:موریس", "fr:Maurice",
            "ru:Того", "uk:Того", "ar:جيرسي", "fa:جرزی", "fa:من");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/gazetteer");
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        Map<String, String[]> entities = new TreeMap<>();
        Map<String, String> idByCode = new TreeMap<>();
        for (String code : codes) {
            Locale region = new Locale("", code);
            String english = region.getDisplayCountry(Locale.ENGLISH);
            String label = LABELS.getOrDefault(code, english);
            String id = slug(label);
            String type = code.equals("AQ") ? "LOC" : "GPE";
            entities.put(id, new String[] {id, label, type, WIKIDATA.getOrDefault(code, "")});
            idByCode.put(code, id);
        }
        // alias key -> entity ids claiming it, to drop names two territories share in some language
        Map<String, Set<String>> claims = new TreeMap<>();
        List<String[]> aliases = new ArrayList<>();
        for (Map.Entry<String, String> entry : idByCode.entrySet()) {
            Locale region = new Locale("", entry.getKey());
            for (String lang : LANGUAGES) {
                Set<String> names = new TreeSet<>();
                names.add(clean(region.getDisplayCountry(Locale.forLanguageTag(lang))));
                if (lang.equals("en")) {
                    names.add(clean(entities.get(entry.getValue())[1]));
                }
                for (String name : names) {
                    if (name.isEmpty() || name.contains(" - ") || COMMON_WORDS.contains(lang + ":" + name)) {
                        continue;
                    }
                    aliases.add(new String[] {entry.getValue(), lang, name, "name"});
                    claims.computeIfAbsent(key(name), k -> new TreeSet<>()).add(entry.getValue());
                }
            }
        }
        Set<String> seen = new TreeSet<>();
        List<String> aliasLines = new ArrayList<>();
        for (String[] alias : aliases) {
            Set<String> owners = claims.get(key(alias[2]));
            if (owners.size() > 1) {
                System.err.println("dropped shared name " + alias[1] + ":" + alias[2] + " " + owners);
                continue;
            }
            if (seen.add(alias[0] + "\u0000" + key(alias[2]))) {
                aliasLines.add(csv(alias));
            }
        }
        aliasLines.sort(null);
        List<String> entityLines = new ArrayList<>();
        for (String[] entity : entities.values()) {
            entityLines.add(csv(entity));
        }
        write(dir.resolve("cldr-countries.csv"), "id,label,type,wikidata", entityLines);
        write(dir.resolve("cldr-country-aliases.csv"), "entity,lang,alias,kind", aliasLines);
        System.err.println(entityLines.size() + " entities, " + aliasLines.size() + " aliases, JDK "
                + System.getProperty("java.version"));
    }

    /** Drops CLDR's qualifiers: "Myanmar (Burma)" -> "Myanmar", "هنگ‌کنگ، منطقهٔ ..." -> "هنگ‌کنگ". */
    private static String clean(String name) {
        String s = name.replaceAll("\\s*\\(.*\\)\\s*", " ");
        int comma = s.indexOf('،');
        if (comma > 0) {
            s = s.substring(0, comma);
        }
        if (s.startsWith("The ")) {
            s = s.substring(4);
        }
        return s.strip();
    }

    /** An approximation of comention's normaliser, enough to see two names that would collide. */
    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}|\\p{Cf}", "");
        s = s.replace('ی', 'ي').replace('ى', 'ي').replace('ک', 'ك').replace('ە', 'ه');
        return s.toLowerCase(Locale.ROOT);
    }

    private static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String csv(String[] fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return line.toString();
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print(header + "\n");
            for (String line : lines) {
                out.print(line + "\n");
            }
        }
    }
}
