/**
 * Stage 1, corpus: read articles from text directories, CSV and JSONL (strict UTF-8), and split
 * scraped pages into the article and its boilerplate. Depends only on {@code common}.
 */
package org.comention.corpus;
