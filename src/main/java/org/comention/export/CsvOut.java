package org.comention.export;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.comention.common.CsvCell;

/**
 * Every CSV table comention writes, in one dialect (RFC 4180 with LF line ends on every
 * platform), each text cell passed through {@link CsvCell#written}: no text a reader cannot
 * decode, nothing a spreadsheet takes for a formula. Numbers are written as they are.
 */
public final class CsvOut {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;

    private CsvOut(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    /** A table on {@code out}, starting with the {@code header} row (none when empty). */
    public static CsvOut open(Appendable out, String... header) throws IOException {
        CsvOut table = new CsvOut(out);
        if (header.length > 0) {
            table.record((Object[]) header);
        }
        return table;
    }

    /** One cell of the current row. */
    public CsvOut cell(Object value) throws IOException {
        printer.print(value instanceof String text ? CsvCell.written(text) : value);
        return this;
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        printer.println();
    }

    /** A whole row. */
    public void record(Object... values) throws IOException {
        for (Object value : values) {
            cell(value);
        }
        endRow();
    }

    public void record(List<?> values) throws IOException {
        for (Object value : values) {
            cell(value);
        }
        endRow();
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
