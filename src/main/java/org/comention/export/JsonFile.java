package org.comention.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a JSON output atomically, indented with two spaces and LF line ends on every platform
 * (Jackson's default indenter uses the system line separator), so files stay byte-identical.
 * Values should be built from LinkedHashMaps: the field order is the map's.
 */
public final class JsonFile {
    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        WRITER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer(printer);
    }

    private JsonFile() {
    }

    /** What streams a JSON output into a generator set up as {@link #write} is (the caller writes the final line end). */
    @FunctionalInterface
    interface GeneratorBody {
        void write(JsonGenerator generator) throws IOException;
    }

    /**
     * Streams a JSON output with the same indentation and settings as {@link #write}, so the bytes
     * are those of writing the equivalent maps, without building them: for outputs as large as
     * graph.json of a dense graph.
     */
    static void stream(Path target, GeneratorBody body) throws IOException {
        AtomicOutput.write(target, writer -> {
            try (JsonGenerator generator = WRITER.createGenerator(writer)) {
                body.write(generator);
            }
            writer.write("\n");
        });
    }

    public static void write(Object value, Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            WRITER.writeValue(writer, value);
            writer.write("\n");
        });
    }
}
