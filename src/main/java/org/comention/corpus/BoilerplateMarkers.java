package org.comention.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.comention.common.TextSource;
import org.comention.common.UserInputException;

/**
 * The lines that announce page furniture after an article ({@code المصدر:}, {@code كلمات دلالية})
 * or read-also teasers ({@code إقرأ أيضاً}, {@code Related articles}), read from a CSV file with
 * the columns {@code marker,role,lang}; {@code role} is {@code furniture} or {@code related}.
 *
 * <p>Markers are kept in folded form (by the function given, normally the text normaliser), so
 * إقرأ أيضاً also matches اقرأ ايضا.
 */
public final class BoilerplateMarkers {

    /** What follows a marker. */
    public enum Role {
        /** Page furniture: sources, tags, share buttons, comments. Always cut. */
        FURNITURE,
        /** Teasers for other articles. Cut; kept as extra documents with {@code --keep-related}. */
        RELATED
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final Map<String, Role> markers;
    private final UnaryOperator<String> fold;
    /** Longer lines cannot be a marker with its decoration, so they are not folded whole. */
    private final int longestLine;

    private BoilerplateMarkers(Map<String, Role> markers, UnaryOperator<String> fold) {
        this.markers = Map.copyOf(markers);
        this.fold = fold;
        // room for tashkeel on every letter, tatweel, bidi marks and trailing punctuation
        this.longestLine = 4 * markers.keySet().stream().mapToInt(String::length).max().orElse(0) + 32;
    }

    /**
     * Reads markers from {@code sources}, in order; a later source may change an earlier marker's role.
     *
     * @param fold the folding applied to markers and to the lines they are compared with
     */
    public static BoilerplateMarkers read(List<TextSource> sources, UnaryOperator<String> fold) throws IOException {
        Map<String, Role> markers = new LinkedHashMap<>();
        for (TextSource source : sources) {
            try (Reader reader = source.open(); CSVParser parser = FORMAT.parse(reader)) {
                if (parser.getHeaderMap() == null || !parser.getHeaderMap().containsKey("marker")
                        || !parser.getHeaderMap().containsKey("role")) {
                    throw new UserInputException(source.name() + ":1: the header must name 'marker' and 'role'");
                }
                for (CSVRecord record : parser) {
                    long line = parser.getCurrentLineNumber();
                    String marker = record.isSet("marker") ? fold.apply(record.get("marker")) : "";
                    if (marker.isEmpty()) {
                        throw new UserInputException(source.name() + ":" + line + ": empty marker");
                    }
                    markers.put(marker, parseRole(record.isSet("role") ? record.get("role") : "", source, line));
                }
            } catch (UncheckedIOException e) {
                throw new UserInputException(source.name() + ": malformed CSV: " + e.getCause().getMessage());
            }
        }
        return new BoilerplateMarkers(markers, fold);
    }

    private static Role parseRole(String role, TextSource source, long line) {
        try {
            return Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(source.name() + ":" + line + ": role must be furniture or related, not '"
                    + role + "'");
        }
    }

    /**
     * The role of {@code line} when it is a marker line: the line is the marker alone (trailing
     * colons, dashes and dots ignored), or starts with the marker followed by a colon
     * ({@code المصدر: بوابة الفجر}). {@code null} for any other line.
     */
    public Role roleOf(String line) {
        if (line.length() > longestLine) {
            // folding every long paragraph of a corpus to compare it with short markers showed in profiles
            // (only "marker: text" can be that long, and its marker lies within the first longestLine characters)
            return roleOfPrefix(fold.apply(line.substring(0, longestLine)));
        }
        String folded = fold.apply(line);
        String bare = stripTrailingPunctuation(folded);
        Role exact = markers.get(bare);
        return exact != null ? exact : roleOfPrefix(folded);
    }

    /** The role of the marker before the first colon of a folded line, or null. */
    private Role roleOfPrefix(String folded) {
        int colon = folded.indexOf(':');
        return colon > 0 ? markers.get(folded.substring(0, colon).strip()) : null;
    }

    public int size() {
        return markers.size();
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && ":-–—.…|»>".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Markers as given, for tests and callers that build them in code. */
    public static BoilerplateMarkers of(Map<String, Role> markers, UnaryOperator<String> fold) {
        Map<String, Role> folded = new LinkedHashMap<>();
        markers.forEach((marker, role) -> folded.put(fold.apply(marker), role));
        return new BoilerplateMarkers(folded, fold);
    }

    /** For messages: how many markers of each role. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (Role role : Role.values()) {
            out.add(markers.values().stream().filter(r -> r == role).count() + " " + role.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
