package org.comention.export;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.graph.CooccurrenceEdge;
import org.jgrapht.Graph;

/**
 * Which optional edge columns a graph has, decided once for every writer: the association
 * measures (edges counted from text), sampled document ids, dates, the languages of the
 * supporting documents, and the window kinds of a run that counted several.
 */
record EdgeColumns(boolean measured, boolean sampled, boolean dated, SortedSet<String> languages, Set<String> windowKinds) {

    EdgeColumns {
        languages = Collections.unmodifiableSortedSet(languages);
        windowKinds = Collections.unmodifiableSet(windowKinds);
    }

    static EdgeColumns of(Graph<String, CooccurrenceEdge> graph) {
        boolean measured = graph.edgeSet().stream().allMatch(CooccurrenceEdge::hasAssociations);
        boolean sampled = false;
        boolean dated = false;
        SortedSet<String> languages = new TreeSet<>();
        Set<String> windowKinds = new LinkedHashSet<>();
        for (CooccurrenceEdge e : graph.edgeSet()) {
            languages.addAll(e.provenance().documentsByLanguage().keySet());
            sampled |= !e.provenance().sampleDocuments().isEmpty();
            dated |= e.provenance().firstDate() != null;
            windowKinds.addAll(e.windowWeights().keySet());
        }
        return new EdgeColumns(measured, sampled, dated, languages, windowKinds);
    }

    /** The sampled ids joined by "; ", and how many more there are. */
    static String documentIds(CooccurrenceEdge edge) {
        CooccurrenceCounts.Provenance seen = edge.provenance();
        String ids = String.join("; ", seen.sampleDocuments());
        int more = edge.documents() - seen.sampleDocuments().size();
        return more > 0 ? ids + "; ... (" + more + " more)" : ids;
    }

    /** The supporting documents of {@code edge} in {@code lang}, 0 when none. */
    static int documentsIn(CooccurrenceEdge edge, String lang) {
        return edge.provenance().documentsIn(lang);
    }
}
