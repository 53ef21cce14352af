/**
 * Stage 4, co-occurrence: windows (document, paragraph, sentence, N tokens) and the counting of
 * entity pairs within them. Depends on {@code entity} and {@code text}.
 */
package org.comention.cooccurrence;
