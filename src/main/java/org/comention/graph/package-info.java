/**
 * Stage 5, graph: the JGraphT co-occurrence network, built from counts (with weight filtering)
 * or read back from GraphML. Depends on {@code cooccurrence}, {@code entity} and {@code common}.
 */
package org.comention.graph;
