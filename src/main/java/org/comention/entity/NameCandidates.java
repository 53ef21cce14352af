package org.comention.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.comention.text.NormalizedText;
import org.comention.text.TextNormalizer;
import org.comention.text.Scripts;

/**
 * Finds names the gazetteer does not know, for {@code comention suggest}: the words after a title
 * in Arabic or Persian (الرئيس, وزير الخارجية, المتحدث باسم, رئیس جمهور, سخنگوی), sequences of
 * capitalised Latin or Cyrillic words, and short quoted capitalised names. Text already linked to an entity is
 * skipped. Works on normalised text, so cues and stop words are listed in normalised form
 * (ئ and ؤ lose their hamza: الرئيس is الرييس).
 *
 * <p>Precision over volume: after an Arabic-script title the definite words that qualify it
 * (الخارجية الأمريكي) are passed over and one to three bare words are taken, stopping at a stop
 * word or punctuation; a Latin sequence needs two capitalised words, or one after a title.
 */
public final class NameCandidates {
    /** A candidate: the text as written, its normalised key, the cue that found it and where. */
    public record Candidate(String surface, String key, String cue, int start, int end) {
    }

    private static final List<String> ARABIC_CUES = List.of(
            "رييس الوزراء", "رييس الحكومه", "نايب الرييس", "وزير الخارجيه", "وزير الدفاع", "وزيره الخارجيه",
            "المتحدث باسم", "المتحدثه باسم", "الناطق باسم", "الامين العام", "المبعوث", "الرييس", "وزير", "وزيره",
            "السفير", "الملك", "الامير", "الشيخ", "الجنرال", "اللواء", "العميد", "السيناتور", "زعيم",
            "رييس جمهور", "رييسجمهور", "نخست وزير", "نخستوزير", "وزير امور خارجه", "وزير خارجه", "سخنگوي", "دبيركل",
            "سفير", "فرمانده", "سردار", "ايتالله", "مشاور");
    private static final Set<String> LATIN_CUES = Set.copyOf(List.of(
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
            "general", "senator", "chancellor", "king", "prince", "envoy", "commander", "президент", "министр",
            "премьер-министр", "глава", "представитель", "посол", "генерал", "президента", "министра"));
    private static final Set<String> STOP = Set.copyOf(List.of(
            "قال", "قالت", "ان", "انه", "انها", "في", "من", "علي", "الي", "عن", "مع", "يوم", "خلال", "امس", "اليوم",
            "الذي", "التي", "هو", "هي", "بعد", "قبل", "كما", "وقال", "واكد", "اكد", "حيث", "لدي", "عبر", "بين", "ثم",
            "او", "و", "الا", "لا", "ما", "لم", "لن", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "اي", "كل",
            "عام", "جديد", "سابق", "السابق", "الحالي", "باسم", "به", "بها", "له", "لها", "ايضا", "حول", "نحو",
            "در", "از", "به", "با", "که", "كه", "را", "اين", "آن", "ان", "و", "گفت", "كرد", "است", "بود", "شد", "براي",
            "خود", "نيز", "هم", "روز", "امروز", "ديروز", "پيش", "سابق", "كشورمان", "ما", "شما", "ايران", "جمهوري"));
    private static final Set<String> LATIN_STOP = Set.copyOf(List.of(
            "the", "a", "an", "on", "in", "at", "of", "and", "but", "for", "to", "with", "by", "from", "after", "before",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr", "he", "she", "it", "we", "they", "i", "this", "that", "these", "those", "his",
            "her", "their", "our", "its", "said", "says", "minister", "president", "secretary", "general", "prime",
            "foreign", "defence", "defense", "deputy", "vice", "former", "state", "interior", "finance"));
    private static final String QUOTES = "\"«»“”";
    /** Persian cues take their complement without an article: سخنگوی دولت, وزیر امور خارجه. */
    private static final Set<String> PERSIAN_CUES = Set.of(
            "رييس جمهور", "رييسجمهور", "نخست وزير", "نخستوزير", "وزير امور خارجه", "وزير خارجه", "سخنگوي", "دبيركل",
            "فرمانده", "سردار", "مشاور", "وزير", "سفير");
    private static final Set<String> PERSIAN_OFFICES = Set.copyOf(List.of(
            "دولت", "وزارت", "امور", "خارجه", "كشور", "دفاع", "نيرو", "اقتصاد", "ارتباطات", "نفت", "بهداشت", "آموزش",
            "پرورش", "دادگستري", "اطلاعات", "كار", "راه", "شهرسازي", "ورزش", "كشاورزي", "صنعت", "سپاه", "ارتش",
            "مجلس", "قوه", "قضاييه", "شوراي", "عالي", "امنيت", "ملي", "خارجي", "جمهوري", "اسلامي", "كل", "ستاد"));
    /** Words inside a name that let it run to a third word: عبد الله, أبو محمد, محمد بن سلمان. */
    private static final Set<String> NAME_PARTICLES = Set.of("بن", "بنت", "ابو", "عبد", "ولد", "ال", "آل", "ابن");

    private record Token(int begin, int end, String text) {
    }

    public List<Candidate> find(String text, NormalizedText normalized, List<Mention> mentions) {
        BitSet linked = new BitSet(text.length());
        for (Mention m : mentions) {
            linked.set(m.start(), m.end());
        }
        List<Token> tokens = tokens(normalized.text());
        List<Candidate> out = new ArrayList<>();
        arabicAfterCues(text, normalized, tokens, linked, out);
        latinSequences(text, normalized, tokens, linked, out);
        quoted(text, normalized, tokens, linked, out);
        return out;
    }

    private void arabicAfterCues(String text, NormalizedText n, List<Token> tokens, BitSet linked, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String cue : ARABIC_CUES) {
                String[] words = cue.split(" ");
                if (!matchesAt(tokens, i, words)) {
                    continue;
                }
                boolean persian = PERSIAN_CUES.contains(cue);
                String cueText = text.substring(n.originalStart(tokens.get(i).begin()),
                        n.originalEnd(tokens.get(i + words.length - 1).end() - 1));
                if (persian) {
                    nameBefore(text, n, tokens, i, cueText, linked, out);
                }
                int j = i + words.length;
                int skipped = 0;
                while (j < tokens.size() && skipped < 3 && adjacent(n, tokens, j)
                        && (tokens.get(j).text().startsWith("ال") || persian && PERSIAN_OFFICES.contains(tokens.get(j).text()))) {
                    j++;
                    skipped++;
                }
                int first = j;
                int end = nameEnd(tokens, n, first);
                if (end - first >= 1 && !(end - first == 1 && tokens.get(first).text().length() < 4)) {
                    add(text, n, tokens, first, end, cueText, linked, out);
                }
                break;
            }
        }
    }

    /**
     * The end of a name of bare words starting at {@code first}: two words, or three when the
     * first or second is a particle (عبد, أبو, بن).
     */
    private static int nameEnd(List<Token> tokens, NormalizedText n, int first) {
        int j = first;
        while (j < tokens.size() && j - first < 3 && isBareArabicWord(tokens.get(j).text()) && adjacent(n, tokens, j)) {
            if (j - first == 2 && !NAME_PARTICLES.contains(tokens.get(first).text())
                    && !NAME_PARTICLES.contains(tokens.get(first + 1).text())) {
                break;
            }
            j++;
        }
        return j;
    }

    /** Persian puts the name before the title too: فاطمه مهاجرانی سخنگوی دولت. */
    private void nameBefore(String text, NormalizedText n, List<Token> tokens, int cueAt, String cue, BitSet linked,
                            List<Candidate> out) {
        int first = cueAt - 2;
        if (first < 0 || !adjacent(n, tokens, cueAt) || !adjacent(n, tokens, cueAt - 1)) {
            return;
        }
        if (isBareArabicWord(tokens.get(first).text()) && isBareArabicWord(tokens.get(first + 1).text())
                && !PERSIAN_OFFICES.contains(tokens.get(first).text()) && !PERSIAN_OFFICES.contains(tokens.get(first + 1).text())) {
            add(text, n, tokens, first, cueAt, cue, linked, out);
        }
    }

    private void latinSequences(String text, NormalizedText n, List<Token> tokens, BitSet linked, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isCapitalised(text, n, tokens.get(i))) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && j - i < 4 && isCapitalised(text, n, tokens.get(j)) && adjacent(n, tokens, j)
                    && !(j > i && LATIN_CUES.contains(tokens.get(j).text()))) {
                j++;
            }
            boolean afterCue = i > 0 && LATIN_CUES.contains(tokens.get(i - 1).text());
            if (j - i >= 2 || (afterCue && j - i == 1 && tokens.get(i).text().length() >= 4)) {
                add(text, n, tokens, i, j, afterCue ? tokens.get(i - 1).text() : "capitalised", linked, out);
            }
            i = j - 1 > i ? j - 1 : i;
        }
    }

    private void quoted(String text, NormalizedText n, List<Token> tokens, BitSet linked, List<Candidate> out) {
        String s = n.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.begin() == 0 || QUOTES.indexOf(s.charAt(t.begin() - 1)) < 0) {
                continue;
            }
            for (int j = i; j < tokens.size() && j < i + 3; j++) {
                int after = tokens.get(j).end();
                if (after < s.length() && QUOTES.indexOf(s.charAt(after)) >= 0) {
                    boolean allNames = true;
                    for (int k = i; k <= j; k++) {
                        // Arabic script has no capitals, and its quotes mostly hold speech: Latin and Cyrillic only
                        allNames &= isCapitalised(text, n, tokens.get(k));
                    }
                    if (allNames && j > i) {
                        add(text, n, tokens, i, j + 1, "quoted", linked, out);
                    }
                    break;
                }
            }
        }
    }

    private static void add(String text, NormalizedText n, List<Token> tokens, int from, int to, String cue, BitSet linked,
                            List<Candidate> out) {
        int start = n.originalStart(tokens.get(from).begin());
        int end = n.originalEnd(tokens.get(to - 1).end() - 1);
        int next = linked.nextSetBit(start);
        if (next >= 0 && next < end) {
            return;
        }
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        out.add(new Candidate(text.substring(start, end), key.toString(), cue, start, end));
    }

    private static boolean matchesAt(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String t = tokens.get(i + k).text();
            // the first cue word may carry a proclitic و or ل (وقال الرئيس, للرئيس)
            if (!(t.equals(words[k]) || k == 0 && (t.equals("و" + words[k]) || t.equals("ل" + words[k].replaceFirst("^ال", "ل"))))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBareArabicWord(String t) {
        if (t.startsWith("ال") || STOP.contains(t) || t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Scripts.isArabicLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalised(String text, NormalizedText n, Token t) {
        char first = text.charAt(n.originalStart(t.begin()));
        byte script = Scripts.of(first);
        return Character.isUpperCase(first) && (script == Scripts.LATIN || script == Scripts.CYRILLIC)
                && !LATIN_STOP.contains(t.text()) && t.text().length() >= 2;
    }

    /** Whether token {@code j} follows token {@code j - 1} with only a space between them. */
    private static boolean adjacent(NormalizedText n, List<Token> tokens, int j) {
        if (j == 0) {
            return true;
        }
        return tokens.get(j).begin() - tokens.get(j - 1).end() == 1 && n.text().charAt(tokens.get(j - 1).end()) == ' ';
    }

    private static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!isTokenChar(s.charAt(i))) {
                i++;
                continue;
            }
            int begin = i;
            while (i < s.length() && isTokenChar(s.charAt(i))) {
                i++;
            }
            tokens.add(new Token(begin, i, s.substring(begin, i)));
        }
        return tokens;
    }

    private static boolean isTokenChar(char c) {
        return TextNormalizer.isWordChar(c) || c == '-';
    }
}
