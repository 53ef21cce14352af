package org.comention.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scraped page into the article and the furniture appended after it.
 *
 * <p>The article ends at the first marker line ({@link BoilerplateMarkers}) that comes after the
 * article has begun, i.e. after its first line of at least {@value #ARTICLE_LINE} characters, so
 * navigation above a headline cannot swallow the article. Everything from that line on is cut.
 * Sections introduced by a {@code related} marker hold teasers for other articles: when every
 * line of a section is short (a list of headlines, bulleted or not), each line is one teaser;
 * otherwise the whole section is one teaser (a headline with its lead paragraphs). Teasers get
 * the ids {@code <id>#2}, {@code <id>#3}, ... in page order.
 */
public final class BoilerplateSplitter {
    /** A line at least this long is prose: the article has begun. */
    static final int ARTICLE_LINE = 60;
    /** Lines no longer than this, in a related section, are taken as separate headlines. */
    static final int HEADLINE_LINE = 160;

    private final BoilerplateMarkers markers;

    public BoilerplateSplitter(BoilerplateMarkers markers) {
        this.markers = markers;
    }

    public CleanedDocument split(Document document) {
        String text = document.text();
        List<Line> lines = lines(text);
        int cut = -1;
        boolean articleBegun = false;
        List<Section> sections = new ArrayList<>();
        for (Line line : lines) {
            String content = text.substring(line.start, line.end);
            BoilerplateMarkers.Role role = articleBegun ? markers.roleOf(content) : null;
            if (role != null) {
                if (cut < 0) {
                    cut = line.start;
                }
                sections.add(new Section(role, new ArrayList<>()));
            } else if (cut >= 0) {
                sections.get(sections.size() - 1).lines.add(content.strip());
            } else if (content.strip().length() >= ARTICLE_LINE) {
                articleBegun = true;
            }
        }
        if (cut < 0) {
            return new CleanedDocument(document, List.of(), 0);
        }
        String main = text.substring(0, cut);
        List<Document> related = new ArrayList<>();
        for (Section section : sections) {
            if (section.role == BoilerplateMarkers.Role.RELATED) {
                for (String teaser : section.teasers()) {
                    related.add(document.derive(document.id() + "#" + (related.size() + 2), teaser));
                }
            }
        }
        return new CleanedDocument(document.derive(document.id(), main), related, text.length() - main.length());
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > start) {
                    lines.add(new Line(start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private record Line(int start, int end) {
    }

    private record Section(BoilerplateMarkers.Role role, List<String> lines) {
        List<String> teasers() {
            List<String> nonEmpty = lines.stream().map(Section::stripBullet).filter(s -> !s.isEmpty()).toList();
            if (nonEmpty.isEmpty()) {
                return List.of();
            }
            boolean headlines = nonEmpty.stream().allMatch(s -> s.length() <= HEADLINE_LINE);
            return headlines ? nonEmpty : List.of(String.join("\n\n", nonEmpty));
        }

        private static String stripBullet(String line) {
            String s = line.strip();
            while (!s.isEmpty() && "•·*-–▪►".indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1).strip();
            }
            return s;
        }
    }
}
