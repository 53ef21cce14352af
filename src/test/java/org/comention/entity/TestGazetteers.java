package org.comention.entity;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.comention.common.TextSource;

/** Gazetteers for tests: the small fixture, and tables written inline. */
public final class TestGazetteers {
    private TestGazetteers() {
    }

    /** Seven entities of the seeds, in Arabic, Persian and English. */
    public static Gazetteer fixture() throws IOException {
        return GazetteerReader.read(List.of(List.of(
                TextSource.resource("/fixtures/gazetteer/entities.csv"),
                TextSource.resource("/fixtures/gazetteer/aliases.csv"))));
    }

    public static TextSource inline(String name, String content) {
        return new TextSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader open() {
                return new StringReader(content);
            }
        };
    }
}
