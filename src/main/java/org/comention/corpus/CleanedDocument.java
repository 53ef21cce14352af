package org.comention.corpus;

import java.util.List;

/**
 * An article split by {@link BoilerplateSplitter}: its main text (a prefix of the original
 * text, so offsets stay valid), the read-also teasers found after it, and how many characters
 * were cut from the original.
 */
public record CleanedDocument(Document main, List<Document> related, int charactersCut) {

    public CleanedDocument {
        related = List.copyOf(related);
    }
}
