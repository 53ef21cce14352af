/**
 * Stage 1, corpus: read articles from text directories, CSV and JSONL (UTF-8, a byte order mark,
 * {@code --encoding} or a detected encoding; binary, damaged and over-long input skipped with a
 * warning), and split scraped pages into the article and its boilerplate. Depends only on
 * {@code common}, and on ICU4J for encoding detection.
 */
package org.comention.corpus;
