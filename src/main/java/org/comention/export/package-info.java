/**
 * Stage 7, export: GraphML for Gephi, Gephi spreadsheet CSVs, the mention and ranking tables;
 * every file written atomically and byte-identically for the same input.
 */
package org.comention.export;
