package org.comention.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.comention.common.WritableText;

/**
 * Writes a JSON output atomically, indented with two spaces and LF line ends on every platform
 * (Jackson's default indenter uses the system line separator), so files stay byte-identical.
 * Values should be built from LinkedHashMaps: the field order is the map's.
 *
 * <p>Values are written with Jackson's streaming generator, not its ObjectMapper: they are maps,
 * lists, strings, numbers and booleans, and an ObjectMapper took 0.3 s to start, a sixth of a
 * run on the five sample articles. The bytes are the ones ObjectMapper wrote.
 *
 * <p>Every string and field name goes through {@link WritableText}, as in the other outputs, so
 * an id with a control character or a lone surrogate is the same string in graph.json as in
 * graph.graphml (a lone surrogate would otherwise reach the UTF-8 encoder and become {@code ?}).
 */
public final class JsonFile {
    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DefaultPrettyPrinter PRINTER = printer();

    private static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return printer;
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
            try (JsonGenerator generator = indented(writer)) {
                body.write(generator);
            }
            writer.write("\n");
        });
    }

    /** Writes {@code value}: maps, collections, strings, numbers, booleans and nulls, nested. */
    public static void write(Object value, Path target) throws IOException {
        AtomicOutput.write(target, writer -> {
            try (JsonGenerator generator = indented(writer)) {
                writeValue(generator, value);
            }
            writer.write("\n");
        });
    }

    /** {@code value} as JSON on one line, no spaces, as for a script in a web page. */
    static String compact(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new WritableStrings(FACTORY.createGenerator(out))) {
            writeValue(generator, value);
        }
        return out.toString();
    }

    private static JsonGenerator indented(Writer writer) throws IOException {
        JsonGenerator generator = new WritableStrings(FACTORY.createGenerator(writer));
        generator.setPrettyPrinter(PRINTER.createInstance());
        return generator;
    }

    /** A generator that writes each string and field name as {@link WritableText#of} it. */
    private static final class WritableStrings extends JsonGeneratorDelegate {
        WritableStrings(JsonGenerator generator) {
            super(generator, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            delegate.writeString(WritableText.of(text));
        }

        @Override
        public void writeString(char[] text, int offset, int length) throws IOException {
            writeString(new String(text, offset, length));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            delegate.writeFieldName(WritableText.of(name));
        }
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            generator.writeNumber(number);
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Collection<?> values) {
            generator.writeStartArray();
            for (Object element : values) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName() + ": " + value);
        }
    }
}
