/**
 * Stage 6, analysis: centrality measures over the co-occurrence graph, one class each, and the
 * rankings they give. Depends only on JGraphT.
 */
package org.comention.analysis;
