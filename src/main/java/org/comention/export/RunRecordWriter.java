package org.comention.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code run.json}: how a graph was made, so it can be traced and remade: the program and
 * Java versions, the gazetteer's size and SHA-256 fingerprint, every option, and the figures of
 * the run. It holds no clock time, so the same input and options still give the same bytes.
 */
public final class RunRecordWriter {
    private final ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(Map<String, Object> record, Path target) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        AtomicOutput.write(target, writer -> {
            json.writer(printer).writeValue(writer, record);
            writer.write("\n");
        });
    }
}
