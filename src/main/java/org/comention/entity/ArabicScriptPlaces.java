package org.comention.entity;

import java.util.List;
import org.comention.entity.ArabicScriptLexicons.Head;
import org.comention.entity.ArabicScriptTokens.Hit;
import org.comention.entity.ArabicScriptTokens.Token;

/** Places in Arabic-script text: a place cue followed by its name (محافظة عمران, بمدينة أم درمان, ولایت کابل). */
final class ArabicScriptPlaces {
    private final ArabicScriptTokens d;
    private final List<Token> tokens;
    private final Mention[] known;
    private final ArabicScriptLexicons lex;
    private final boolean persianMode;

    ArabicScriptPlaces(ArabicScriptTokens d) {
        this.d = d;
        this.tokens = d.tokens;
        this.known = d.known;
        this.lex = d.lex;
        this.persianMode = d.persianMode;
    }

    /** A place cue and the name after it. */
    void place(int i) {
        Hit cue = d.headAt(i, lex.places, false);
        int j = i + 1;
        if (cue == null && j < tokens.size() && lex.placeFirstWords.contains(tokens.get(i).text()) && d.adjacent(j)) {
            // a cue of two words: نماینده مردم دهلران
            String pair = tokens.get(i).text() + " " + tokens.get(j).text();
            cue = lex.places.containsKey(pair) ? new Hit(0, false, pair) : null;
            j++;
        }
        if (cue == null || cue.prefix() > 0 && d.hasArticle(i, cue)) {
            return;
        }
        Head h = lex.places.get(cue.form());
        if (j >= tokens.size() || !d.adjacent(j) || known[j] != null && known[j].kind() == AliasKind.ADJECTIVAL) {
            return;
        }
        String t = tokens.get(j).text();
        int end;
        if ("kunya".equals(lex.particles.get(t)) && j + 1 < tokens.size() && d.adjacent(j + 1) && d.isNameWord(j + 1)) {
            end = j + 2;
        } else if (d.isNameWord(j) && !(persianMode ? d.beforeVerb(j) || d.isPlural(t) : d.looksLikeAdjective(t))) {
            end = j + 1;
        } else if (!persianMode && d.isDefinite(t) && !d.isStop(j) && !lex.qualifiers.contains(t)) {
            end = j + 1;
            while (end < tokens.size() && end - j < 3 && d.adjacent(end) && d.isDefinite(tokens.get(end).text())
                    && !d.startsWithConjunction(tokens.get(end).text()) && !d.isStop(end)
                    && !lex.qualifiers.contains(tokens.get(end).text())) {
                end++;
            }
        } else {
            return;
        }
        if (h.descriptor()) {
            d.emit(j, null, end, h.type(), 0.85, "place-descriptor:" + cue.form());
        } else if (j == i + 1) {
            d.emit(i, cue, end, h.type(), 0.9, "place:" + cue.form());
        }
    }

}
