package org.comention.common;

import java.nio.file.Path;

/**
 * A mistake in what the user gave us (a missing file, a malformed row), as opposed to a bug.
 * The message is one line that names the file and, where known, the line, so the CLI can print it
 * without a stack trace.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code file:line: message}; a line below 1 is left out. */
    public static UserInputException at(Path file, long line, String message) {
        return new UserInputException(where(file, line) + ": " + message);
    }

    public static String where(Path file, long line) {
        return line >= 1 ? file + ":" + line : String.valueOf(file);
    }

    /** The longest value from the input that a message shows whole. */
    private static final int SHOWN_CHARACTERS = 200;

    /**
     * {@code value}, taken from the input (an id, a weight), fit for a one-line message on a
     * terminal: line breaks and tabs become Java escapes (backslash n, r, t), what {@link
     * TerminalText} escapes becomes backslash u and four hex digits, and a long value is cut to its
     * first characters and its length.
     */
    public static String printable(String value) {
        return printable(value, SHOWN_CHARACTERS);
    }

    /** As {@link #printable(String)}, showing at most {@code shownCharacters} characters (code points) whole. */
    public static String printable(String value, int shownCharacters) {
        StringBuilder shown = new StringBuilder();
        int end = value.length() <= shownCharacters ? value.length() : value.offsetByCodePoints(0,
                Math.min(shownCharacters, value.codePointCount(0, value.length())));
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                shown.append(c).append(value.charAt(++i));
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (TerminalText.escaped(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (end < value.length()) {
            shown.append("... (").append(value.length()).append(" characters)");
        }
        return shown.toString();
    }
}
