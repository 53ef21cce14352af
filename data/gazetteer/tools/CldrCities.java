import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates city names in eight languages from CLDR's exemplar cities (the names of time-zone
 * cities), through ICU4J, so that city names are looked up, not typed.
 *
 * <p>Run from the repository root, with ICU4J on the class path:
 * {@code java -cp ~/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar data/gazetteer/tools/CldrCities.java data/gazetteer}.
 * It writes {@code cldr-cities.csv} (the cities not already in the curated {@code entities.csv})
 * and {@code cldr-city-aliases.csv} (names of all listed cities). A city is listed here by its
 * time-zone id; cities that share their name with their country (Kuwait, Singapore, Qatar) are
 * not, so the name stays the country's.
 */
public final class CldrCities {
    private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ru", "uk", "fr", "de", "tr");

    /** Time-zone id to the English Wikipedia title of its city. */
    private static final Map<String, String> CITIES = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"Europe/Kiev", "Kyiv"}, {"Europe/Moscow", "Moscow"}, {"Asia/Tehran", "Tehran"}, {"Europe/Prague", "Prague"},
            {"Europe/Brussels", "Brussels"}, {"Asia/Baghdad", "Baghdad"}, {"Asia/Damascus", "Damascus"},
            {"Asia/Beirut", "Beirut"}, {"Asia/Jerusalem", "Jerusalem"}, {"Africa/Cairo", "Cairo"},
            {"Asia/Riyadh", "Riyadh"}, {"Asia/Dubai", "Dubai"}, {"Asia/Kabul", "Kabul"}, {"Europe/Istanbul", "Istanbul"},
            {"Asia/Tokyo", "Tokyo"}, {"Asia/Seoul", "Seoul"}, {"Asia/Pyongyang", "Pyongyang"}, {"Europe/Warsaw", "Warsaw"},
            {"Europe/Berlin", "Berlin"}, {"Europe/Paris", "Paris"}, {"Europe/London", "London"}, {"Europe/Rome", "Rome"},
            {"Europe/Vienna", "Vienna"}, {"Asia/Aden", "Aden"}, {"Africa/Khartoum", "Khartoum"}, {"Europe/Minsk", "Minsk"},
            {"America/New_York", "New York City"}, {"Asia/Taipei", "Taipei"}, {"Asia/Shanghai", "Shanghai"},
            {"Europe/Vilnius", "Vilnius"}, {"Europe/Riga", "Riga"}, {"Europe/Tallinn", "Tallinn"},
            {"Africa/Nairobi", "Nairobi"}, {"Africa/Addis_Ababa", "Addis Ababa"}, {"Europe/Madrid", "Madrid"},
            {"Asia/Gaza", "Gaza Strip"}, {"Europe/Simferopol", "Simferopol"}, {"Europe/Amsterdam", "Amsterdam"},
            {"Europe/Athens", "Athens"}, {"Europe/Budapest", "Budapest"}, {"Europe/Bucharest", "Bucharest"},
            {"Europe/Belgrade", "Belgrade"}, {"Europe/Helsinki", "Helsinki"}, {"Europe/Stockholm", "Stockholm"},
            {"Europe/Oslo", "Oslo"}, {"Europe/Copenhagen", "Copenhagen"}, {"Europe/Lisbon", "Lisbon"},
            {"Europe/Dublin", "Dublin"}, {"Europe/Chisinau", "Chișinău"}, {"Asia/Tbilisi", "Tbilisi"},
            {"Asia/Yerevan", "Yerevan"}, {"Asia/Baku", "Baku"}, {"Asia/Almaty", "Almaty"}, {"Asia/Tashkent", "Tashkent"},
            {"Asia/Bishkek", "Bishkek"}, {"Asia/Dushanbe", "Dushanbe"}, {"Asia/Ashgabat", "Ashgabat"},
            {"Asia/Karachi", "Karachi"}, {"Asia/Kolkata", "Kolkata"}, {"Asia/Dhaka", "Dhaka"}, {"Asia/Manila", "Manila"},
            {"Asia/Bangkok", "Bangkok"}, {"Asia/Jakarta", "Jakarta"}, {"Asia/Kuala_Lumpur", "Kuala Lumpur"},
            {"Asia/Ho_Chi_Minh", "Ho Chi Minh City"}, {"Asia/Hong_Kong", null}, {"Africa/Lagos", "Lagos"},
            {"Africa/Johannesburg", "Johannesburg"}, {"Africa/Kinshasa", "Kinshasa"}, {"Africa/Casablanca", "Casablanca"},
            {"Africa/Algiers", "Algiers"}, {"Africa/Tunis", "Tunis"}, {"Asia/Amman", "Amman"},
            {"Africa/Tripoli", "Tripoli, Libya"}, {"Asia/Muscat", "Muscat"}, {"Africa/Mogadishu", "Mogadishu"},
            {"Africa/Dakar", "Dakar"}, {"Africa/Bamako", "Bamako"}, {"Africa/Niamey", "Niamey"},
            {"Africa/Ndjamena", "N'Djamena"}, {"Africa/Abidjan", "Abidjan"}, {"Africa/Accra", "Accra"},
            {"America/Los_Angeles", "Los Angeles"}, {"America/Chicago", "Chicago"}, {"America/Mexico_City", "Mexico City"},
            {"America/Sao_Paulo", "São Paulo"}, {"America/Argentina/Buenos_Aires", "Buenos Aires"},
            {"America/Caracas", "Caracas"}, {"America/Havana", "Havana"}, {"America/Bogota", "Bogotá"},
            {"America/Toronto", "Toronto"}, {"America/Vancouver", "Vancouver"}, {"Australia/Sydney", "Sydney"},
            {"Australia/Melbourne", "Melbourne"}, {"Europe/Kaliningrad", "Kaliningrad"}, {"Europe/Volgograd", "Volgograd"},
            {"Asia/Vladivostok", "Vladivostok"}, {"Europe/Samara", "Samara"}, {"Asia/Novosibirsk", "Novosibirsk"},
            {"Europe/Zurich", "Zürich"}, {"Europe/Sarajevo", "Sarajevo"}, {"Europe/Zagreb", "Zagreb"},
            {"Europe/Bratislava", "Bratislava"}, {"Europe/Ljubljana", "Ljubljana"}, {"Europe/Skopje", "Skopje"},
            {"Europe/Tirane", "Tirana"}, {"Europe/Podgorica", "Podgorica"}, {"Asia/Nicosia", "Nicosia"},
            {"Asia/Kathmandu", "Kathmandu"}, {"Asia/Colombo", "Colombo"}, {"Asia/Ulaanbaatar", "Ulaanbaatar"},
            {"Asia/Yangon", "Yangon"}, {"Asia/Phnom_Penh", "Phnom Penh"}, {"Pacific/Auckland", "Auckland"},
            {"Atlantic/Reykjavik", "Reykjavík"}, {"Africa/Harare", "Harare"}, {"Africa/Kampala", "Kampala"},
            {"Africa/Dar_es_Salaam", "Dar es Salaam"}, {"Africa/Luanda", "Luanda"}, {"Africa/Maputo", "Maputo"},
        };
        for (String[] row : table) {
            if (row[1] != null) {
                CITIES.put(row[0], row[1]);
            }
        }
    }

    /**
     * Exemplar names that are common words or name something else too: Persian کیف "bag", رم
     * "rum", وین (Arabic colloquial "where"), مسقط (مسقط رأس "birthplace"), عمان (Oman), the
     * Arabic-script and Latin Tripoli (also Lebanon's), given names (Sofia, Sydney, Santiago),
     * Rom (ROM), the Arabic names of Algiers and Tunis (their countries'), Persian الجزیره
 * (Arabic "the island"), Arabic سمراء ("dark"), Ho Chi Minh (the man; the city keeps its title).
     */
    private static final Set<String> EXCLUDED = Set.of(
            "fa:کیف", "fa:رم", "fa:وین", "ar:مسقط", "fa:مسقط", "ar:عمان", "fa:عمان", "ar:طرابلس", "fa:طرابلس",
            "en:Tripoli", "fr:Tripoli", "de:Tripolis", "ru:Триполи", "uk:Триполі", "tr:Trablus", "en:Sydney", "de:Sydney",
            "fr:Sydney", "tr:Sydney", "de:Rom", "ar:الجزائر", "fa:الجزایر", "ar:تونس", "fa:تونس", "ar:الكويت",
            "en:Gaza", "fr:Gaza", "de:Gaza", "fa:الجزیره", "ar:سمراء", "en:Samara", "ar:دكا",
            "en:Ho Chi Minh", "ar:Ho Chi Minh", "fa:Ho Chi Minh", "ru:Ho Chi Minh", "uk:Ho Chi Minh", "fr:Ho Chi Minh",
            "de:Ho Chi Minh", "tr:Ho Chi Minh");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "data/gazetteer");
        Set<String> curated = new TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("entities.csv"), StandardCharsets.UTF_8)) {
            curated.add(line.split(",", 2)[0]);
        }
        // a city named like a country in some language (Алжир, Джибути) leaves that name to the country
        Set<String> countryNames = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            for (String lang : LANGUAGES) {
                countryNames.add(lang + ":" + new Locale("", code).getDisplayCountry(Locale.forLanguageTag(lang))
                        .toLowerCase(Locale.ROOT));
            }
        }
        // names already given to another entity (عمّان is Oman's) stay with it
        Map<String, String> taken = new LinkedHashMap<>();
        for (String table : List.of("cldr-country-aliases.csv", "aliases.csv")) {
            List<String> lines = Files.readAllLines(dir.resolve(table), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> row = fields(line);
                taken.putIfAbsent(key(row.get(2)), row.get(0));
            }
        }
        List<String> entityLines = new ArrayList<>();
        Set<String> aliasLines = new TreeSet<>();
        for (Map.Entry<String, String> city : CITIES.entrySet()) {
            String id = slug(city.getValue());
            if (!curated.contains(id)) {
                entityLines.add(csv(id, city.getValue(), "GPE", ""));
                if (!city.getValue().contains(",")) {
                    aliasLines.add(csv(id, "en", city.getValue(), "name"));
                }
            }
            for (String lang : LANGUAGES) {
                String name = TimeZoneNames.getInstance(new ULocale(lang)).getExemplarLocationName(city.getKey());
                if (name == null) {
                    continue;
                }
                name = name.replaceAll("\\s*\\(.*\\)\\s*", " ").strip();
                if (name.isEmpty() || EXCLUDED.contains(lang + ":" + name) || name.equals("Kyiv") && !lang.equals("en")
                        || countryNames.contains(lang + ":" + name.toLowerCase(Locale.ROOT))
                        || !taken.getOrDefault(key(name), id).equals(id)) {
                    continue;
                }
                aliasLines.add(csv(id, lang, name, "name"));
            }
        }
        entityLines.sort(null);
        write(dir.resolve("cldr-cities.csv"), "id,label,type,wikidata", entityLines);
        write(dir.resolve("cldr-city-aliases.csv"), "entity,lang,alias,kind", new ArrayList<>(aliasLines));
        System.err.println(entityLines.size() + " new cities, " + aliasLines.size() + " aliases");
    }

    /** An approximation of comention's normaliser, enough to see two names that would collide. */
    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}|\\p{Cf}", "");
        s = s.replace('ی', 'ي').replace('ى', 'ي').replace('ک', 'ك').replace('ة', 'ه');
        return s.toLowerCase(Locale.ROOT);
    }

    /** The fields of one RFC 4180 line without embedded line breaks. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String slug(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String csv(String... fields) {
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
