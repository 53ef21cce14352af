package org.comention.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named UTF-8 text to read: a file, or a resource bundled in the program's jar. The name is
 * what error messages show.
 */
public interface TextSource {

    String name();

    Reader open() throws IOException;

    static TextSource file(Path path) {
        return new TextSource() {
            @Override
            public String name() {
                return path.toString();
            }

            @Override
            public Reader open() throws IOException {
                InputFiles.requireFile(path, "file");
                return strictReader(Files.newInputStream(path));
            }
        };
    }

    /** A resource on the class path, such as the bundled gazetteer; shown as {@code bundled:NAME}. */
    static TextSource resource(String resource) {
        return new TextSource() {
            @Override
            public String name() {
                return "bundled:" + resource;
            }

            @Override
            public Reader open() throws IOException {
                InputStream in = TextSource.class.getResourceAsStream(resource);
                if (in == null) {
                    throw new IOException("missing resource " + resource + " (the jar is incomplete)");
                }
                return strictReader(in);
            }
        };
    }

    private static Reader strictReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
