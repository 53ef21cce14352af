package org.comention.common;

/**
 * The text of one cell of a CSV table comention writes, and its reading back. A spreadsheet
 * (Excel, LibreOffice, Google Sheets) takes a cell that starts with {@code = + - @}, a tab or a
 * carriage return for a formula, so a label {@code =HYPERLINK("http://...")} from a scraped page
 * would run when a user opens nodes.csv (CSV injection). Such a cell is written with a leading
 * apostrophe, which spreadsheets read as "text follows", as OWASP advises; a plain decimal
 * ({@code -0.25}) is a number, not a formula, and stays as it is, so numeric columns are
 * untouched. The same id gets the same prefix in every table, so edges.csv's Source and Target
 * still match nodes.csv's Id in Gephi's spreadsheet import.
 *
 * <p>A cell that already starts with an apostrophe followed by one of those characters or by
 * another apostrophe gets one too, so {@link #read} undoes {@link #written} exactly. Text that
 * cannot be written at all is replaced first, by {@link WritableText}'s rule.
 */
public final class CsvCell {
    private static final char QUOTE = '\'';

    private CsvCell() {
    }

    /** {@code text} as a cell: writable, and never taken for a formula. */
    public static String written(String text) {
        String cell = WritableText.of(text);
        return cell == null || !needsQuote(cell) ? cell : QUOTE + cell;
    }

    /** The text of a cell {@link #written} made. */
    public static String read(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == QUOTE && (starter(cell.charAt(1)) || cell.charAt(1) == QUOTE)
                ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == QUOTE) {
            return cell.length() > 1 && (starter(cell.charAt(1)) || cell.charAt(1) == QUOTE);
        }
        return starter(first) && !decimal(cell);
    }

    /** What makes a spreadsheet read a cell as a formula. */
    private static boolean starter(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code -12}, {@code +0.5}: a sign, digits, at most one point, digits. */
    private static boolean decimal(String cell) {
        boolean digits = false;
        boolean point = false;
        for (int i = 1; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
