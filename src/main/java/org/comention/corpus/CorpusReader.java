package org.comention.corpus;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams the documents of one input, in a deterministic order. A document that cannot be read
 * is reported to {@code problems} and skipped; an input that cannot be read at all throws
 * {@link org.comention.common.UserInputException}.
 */
public interface CorpusReader {

    void read(Consumer<Document> documents, Consumer<InputProblem> problems) throws IOException;
}
