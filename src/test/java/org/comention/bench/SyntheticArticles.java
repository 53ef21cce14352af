package org.comention.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.comention.entity.Gazetteer;

/**
 * Writes news articles in Arabic, Persian and English that look, to comention, like scraped news:
 * a dateline, paragraphs of news sentences and filler, entity names from the gazetteer at Zipf
 * frequencies, spelled as {@link ArabicSpelling} says, and on some articles a read-also section of
 * teasers or a furniture section (tags, source) after a marker of {@code data/boilerplate}.
 *
 * <p>Everything comes from one {@link SplittableRandom} consumed in a fixed order, so the n-th
 * article of a seed is always the same text.
 */
final class SyntheticArticles {
    /** Shares of the languages, in percent: the mix of the sample corpus, plus English. */
    private static final String[] LANGUAGES = {"ar", "fa", "en"};
    private static final int[] LANGUAGE_PERCENT = {50, 30, 20};
    private static final int RELATED_PERCENT = 30;
    private static final int FURNITURE_PERCENT = 20;
    private static final int TEMPLATE_PERCENT = 65;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 6 * 365;

    /** One article, with the fields every output format carries. */
    record Article(String id, String date, String lang, String text) {
    }

    /** Articles of one language, a given amount of UTF-8 text, for the JMH benchmarks. */
    static java.util.List<Article> sample(Gazetteer gazetteer, String lang, long bytes, long seed) {
        SyntheticArticles articles = new SyntheticArticles(gazetteer, seed);
        java.util.List<Article> out = new java.util.ArrayList<>();
        for (long size = 0; size < bytes; ) {
            Article a = articles.next();
            if (lang == null || a.lang().equals(lang)) {
                out.add(a);
                size += SyntheticCorpus.utf8Length(a.text());
            }
        }
        return out;
    }

    private final SplittableRandom random;
    private final EntityPool entities;
    private final Map<String, NewsLanguage> languages = new LinkedHashMap<>();
    private final Map<String, List<String>> relatedMarkers = new LinkedHashMap<>();
    private final Map<String, List<String>> furnitureMarkers = new LinkedHashMap<>();
    private long written;

    SyntheticArticles(Gazetteer gazetteer, long seed) {
        this.random = new SplittableRandom(seed);
        this.entities = new EntityPool(gazetteer, List.of(LANGUAGES), seed);
        for (String lang : LANGUAGES) {
            languages.put(lang, NewsLanguage.load(lang));
            relatedMarkers.put(lang, new ArrayList<>());
            furnitureMarkers.put(lang, new ArrayList<>());
        }
        readMarkers();
    }

    Article next() {
        long n = written++;
        String lang = pickLanguage();
        NewsLanguage phrases = languages.get(lang);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        StringBuilder text = new StringBuilder(4096);
        text.append(dateline(phrases, day)).append(' ');
        int paragraphs = 3 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                text.append("\n\n");
            }
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    text.append(' ');
                }
                text.append(random.nextInt(100) < TEMPLATE_PERCENT ? sentence(phrases) : filler(phrases));
            }
        }
        appendBoilerplate(phrases, n, text);
        text.append('\n');
        return new Article(String.format(java.util.Locale.ROOT, "%s-%08d", lang, n), day.toString(), lang, text.toString());
    }

    private String pickLanguage() {
        int roll = random.nextInt(100);
        for (int i = 0; i < LANGUAGES.length; i++) {
            roll -= LANGUAGE_PERCENT[i];
            if (roll < 0) {
                return LANGUAGES[i];
            }
        }
        return LANGUAGES[LANGUAGES.length - 1];
    }

    private String dateline(NewsLanguage phrases, LocalDate day) {
        return phrases.dateline()
                .replace("{city}", name(phrases.code(), ""))
                .replace("{day}", Integer.toString(day.getDayOfMonth()))
                .replace("{month}", phrases.months().get(day.getMonthValue() - 1))
                .replace("{year}", Integer.toString(day.getYear()))
                .replace("{agency}", phrases.agencies().get(random.nextInt(phrases.agencies().size())));
    }

    /** A template with each {} or {proclitic} slot filled by a drawn, respelled name. */
    private String sentence(NewsLanguage phrases) {
        String template = phrases.templates().get(random.nextInt(phrases.templates().size()));
        StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            out.append(template, from, open).append(name(phrases.code(), template.substring(open + 1, close)));
            from = close + 1;
        }
        out.append(template, from, template.length());
        String s = out.toString();
        // many Arabic sites drop hamza throughout, not only in names
        return phrases.code().equals("ar") && random.nextInt(100) < 10 ? s.replace('أ', 'ا').replace('إ', 'ا') : s;
    }

    private String name(String lang, String proclitic) {
        String name = entities.draw(lang, random);
        return switch (lang) {
            case "ar" -> ArabicSpelling.attach(proclitic, name, ArabicSpelling.arabic(name, random));
            case "fa" -> ArabicSpelling.persian(name, random);
            default -> name;
        };
    }

    private String filler(NewsLanguage phrases) {
        int words = 8 + random.nextInt(13);
        StringBuilder out = new StringBuilder(words * 8);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                out.append(' ');
            }
            out.append(phrases.filler().get(random.nextInt(phrases.filler().size())));
        }
        if (phrases.code().equals("en")) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.append('.').toString();
    }

    /** A read-also section of short teaser lines, and or a furniture section, after a marker line. */
    private void appendBoilerplate(NewsLanguage phrases, long n, StringBuilder text) {
        List<String> related = relatedMarkers.get(phrases.code());
        if (!related.isEmpty() && random.nextInt(100) < RELATED_PERCENT) {
            text.append("\n\n").append(related.get(random.nextInt(related.size()))).append('\n');
            int teasers = 2 + random.nextInt(3);
            for (int t = 0; t < teasers; t++) {
                text.append(sentence(phrases)).append('\n');
            }
        }
        List<String> furniture = furnitureMarkers.get(phrases.code());
        if (!furniture.isEmpty() && random.nextInt(100) < FURNITURE_PERCENT) {
            text.append("\n\n").append(furniture.get(random.nextInt(furniture.size()))).append(": ")
                    .append(name(phrases.code(), "")).append(" - ").append(name(phrases.code(), ""))
                    .append(" - ID ").append(100000 + n).append('\n');
        }
    }

    /** The bundled boilerplate markers (data/boilerplate/markers.csv, packed into the classes). */
    private void readMarkers() {
        try (InputStream in = SyntheticArticles.class.getResourceAsStream("/comention/boilerplate/markers.csv")) {
            if (in == null) {
                throw new IllegalStateException("the bundled boilerplate markers are not on the class path");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Map<String, List<String>> byRole = record.get("role").equals("related") ? relatedMarkers : furnitureMarkers;
                List<String> markers = byRole.get(record.get("lang"));
                if (markers != null) {
                    markers.add(record.get("marker"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
