package org.comention.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.comention.entity.Gazetteer;
import org.comention.entity.GazetteerReader;

/**
 * The text every JMH benchmark runs on: one megabyte (10^6 bytes of UTF-8) of synthetic articles,
 * of one language or of the corpus mix, so that one benchmark operation is one megabyte and the
 * reported ops/s read directly as MB/s.
 */
final class BenchCorpus {
    static final long BYTES = SyntheticCorpus.MB;
    static final long SEED = 20261202L;

    private BenchCorpus() {
    }

    static Gazetteer gazetteer() {
        try {
            return GazetteerReader.readWithBundled(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param lang {@code ar}, {@code fa}, {@code en}, or {@code mix} for the corpus's language mix */
    static String[] texts(Gazetteer gazetteer, String lang) {
        return SyntheticArticles.sample(gazetteer, lang.equals("mix") ? null : lang, BYTES, SEED).stream()
                .map(SyntheticArticles.Article::text).toArray(String[]::new);
    }
}
