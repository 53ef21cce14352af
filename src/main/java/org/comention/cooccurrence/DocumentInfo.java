package org.comention.cooccurrence;

/** What the counter records about a document for provenance: its id, language and date (either may be null). */
public record DocumentInfo(String id, String lang, String date) {
}
