/**
 * The co-occurrence count on Apache Spark ({@code comention spark}, run with {@code spark-submit}),
 * and the tables it writes, which {@code comention build --from-tables} turns into a graph.
 *
 * <p>Executors run the single-machine code, not a copy of it: {@link org.comention.corpus.JsonlCorpusReader#parseLine}
 * and {@link org.comention.corpus.TextFileReader#decode} read, {@link org.comention.entity.DocumentMatching} cleans,
 * normalises and matches, {@link org.comention.cooccurrence.WindowAssigner} and
 * {@link org.comention.cooccurrence.DocumentPairing} window and pair, exactly as {@code build}'s workers do. What
 * {@code build}'s single merger adds up in input order is here summed by Spark's reduce, with operations that do not
 * depend on order (sums, minimum and maximum, set union, and the 20 smallest document ordinals for a pair's sample,
 * which are its first 20 documents in input order).
 *
 * <p>The gazetteer travels to the executors once, as a broadcast; {@link org.comention.cluster.ExecutorStages} builds
 * the matcher once per executor JVM and shares it among its tasks.
 *
 * <p>Only {@link org.comention.cluster.CooccurrenceJob} touches Spark classes. {@link org.comention.cluster.Tables}
 * reads the CSV tables with Commons CSV, so {@code build --from-tables} runs on a machine without Spark; the Parquet
 * copies are for other tools (Spark SQL, DuckDB, pandas).
 */
package org.comention.cluster;
