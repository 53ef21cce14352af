package org.comention.cli;

import org.comention.common.UserInputException;
import org.comention.corpus.Document;

/**
 * The line {@code explain} and {@code mentions} print before a document's evidence when the input said more about it
 * than its id: {@code # id <tab> date <tab> source <tab> title <tab> url}, absent fields empty, so a reader can find the
 * article; each value escaped and cut as a message's values are.
 */
final class DocumentHeading {
    private DocumentHeading() {
    }

    /** The heading of {@code document}, or null when it has no date, source, title or URL. */
    static String of(Document document) {
        if (document.date() == null && document.source() == null && document.title() == null && document.url() == null) {
            return null;
        }
        return "# " + shown(document.id()) + "\t" + shown(document.date()) + "\t" + shown(document.source()) + "\t"
                + shown(document.title()) + "\t" + shown(document.url());
    }

    private static String shown(String value) {
        return value == null ? "" : UserInputException.printable(value).replace('\t', ' ');
    }
}
