package org.comention.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The function words of each language as Apache Lucene 9 keeps them, through its public accessors:
 * the one place the matcher's precision lists and both discovery families take them from. Lucene's
 * maintainers keep these lists (the Snowball lists for fr, ru, de, es, snowballstem.org, BSD; their
 * own Arabic, Persian and Turkish ones), so comention copies none of them.
 */
public final class StopWords {
    private StopWords() {
    }

    /** The stop set of {@code lang}'s Lucene analyser (English: its default of 33 words). */
    public static CharArraySet of(String lang) {
        return switch (lang) {
            case "ar" -> ArabicAnalyzer.getDefaultStopSet();
            case "fa" -> PersianAnalyzer.getDefaultStopSet();
            case "tr" -> TurkishAnalyzer.getDefaultStopSet();
            case "ru" -> RussianAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "en" -> EnglishAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            default -> throw new IllegalArgumentException("no Lucene stop set for " + lang);
        };
    }

    /**
     * The Snowball English list (174 words), which Lucene ships beside {@link SnowballFilter} but does
     * not make the English analyser's default; read with Lucene's own {@link WordlistLoader}.
     */
    public static CharArraySet snowballEnglish() {
        InputStream in = SnowballFilter.class.getResourceAsStream("english_stop.txt");
        if (in == null) {
            throw new IllegalStateException("Lucene's Snowball stop list english_stop.txt is not on the class path");
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a stop set as strings, in the set's iteration order. */
    public static List<String> words(CharArraySet set) {
        List<String> words = new ArrayList<>(set.size());
        for (Object word : set) {
            words.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        return words;
    }
}
