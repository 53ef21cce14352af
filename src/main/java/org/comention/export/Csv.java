package org.comention.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect of every table comention writes: RFC 4180 with LF line ends on every platform. */
final class Csv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private Csv() {
    }

    static CSVPrinter printer(Writer writer, String... header) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }
}
