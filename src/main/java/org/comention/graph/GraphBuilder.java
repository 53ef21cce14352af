package org.comention.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.comention.cooccurrence.Association;
import org.comention.cooccurrence.CooccurrenceCounts;
import org.comention.entity.Entity;
import org.comention.entity.Gazetteer;
import org.jgrapht.Graph;

/**
 * Builds the {@link EntityGraph} from co-occurrence counts: one vertex per entity mentioned, one
 * edge per co-occurring pair, weighted by the chosen {@link Association} (shared windows by
 * default), every measure kept on the edge. Filters, in this order: {@code minDocuments}
 * supporting documents; {@code minWeight}; a positive weight (a pair seen less often than chance
 * has a negative NPMI, and a distance of 1/weight needs a positive weight); the disparity-filter
 * backbone; the {@code topEdges} heaviest edges (ties by entity ids). Nodes stay when their edges
 * go.
 */
public final class GraphBuilder {
    private final Association weight;
    private final double minWeight;
    private final int minDocuments;
    private final DisparityFilter backbone;
    private final int topEdges;

    /** Edges weighted by shared windows, with only a minimum weight. */
    public GraphBuilder(double minWeight) {
        this(Association.COUNT, minWeight, 1, null, Integer.MAX_VALUE);
    }

    /**
     * @param backbone the disparity filter to apply, or null for none
     * @param topEdges how many of the heaviest edges to keep
     */
    public GraphBuilder(Association weight, double minWeight, int minDocuments, DisparityFilter backbone, int topEdges) {
        if (Double.isNaN(minWeight) || Double.isInfinite(minWeight)) {
            throw new IllegalArgumentException("min weight must be a number, not " + minWeight);
        }
        if (weight == Association.COUNT && minWeight < 0) {
            throw new IllegalArgumentException("min weight must be a number >= 0, not " + minWeight);
        }
        if (minDocuments < 1 || topEdges < 0) {
            throw new IllegalArgumentException("min documents must be 1 or more and top edges 0 or more");
        }
        this.weight = weight;
        this.minWeight = minWeight;
        this.minDocuments = minDocuments;
        this.backbone = backbone;
        this.topEdges = topEdges;
    }

    public EntityGraph build(CooccurrenceCounts counts, Gazetteer gazetteer) {
        return build(counts, gazetteer, null, Map.of());
    }

    /**
     * Builds the graph from {@code counts}, the window named {@code window}, and records on each
     * edge its shared windows under each of the {@code others} too (0 where the pair never met),
     * as {@code weight_<window>}.
     */
    public EntityGraph build(CooccurrenceCounts counts, Gazetteer gazetteer, String window,
                             Map<String, CooccurrenceCounts> others) {
        Map<String, Map<Long, Long>> otherWindows = new LinkedHashMap<>();
        for (Map.Entry<String, CooccurrenceCounts> other : others.entrySet()) {
            Map<Long, Long> byPair = new java.util.HashMap<>();
            for (CooccurrenceCounts.PairCount pair : other.getValue().pairs()) {
                byPair.put(((long) pair.a() << 32) | pair.b(), pair.windows());
            }
            otherWindows.put(other.getKey(), byPair);
        }
        Map<String, NodeAttributes> nodes = new LinkedHashMap<>();
        Map<Integer, Long> windows = new LinkedHashMap<>();
        for (CooccurrenceCounts.NodeCount node : counts.nodes()) {
            Entity entity = gazetteer.entity(node.entity());
            nodes.put(entity.id(), new NodeAttributes(entity.id(), entity.label(), entity.type().name(),
                    entity.wikidata(), node.mentions(), node.documents(), node.slices(), entity.origin().code(),
                    entity.confidence()));
            windows.put(node.entity(), node.windows());
        }
        // with no filter to apply, edges go straight into the graph: a list of every candidate
        // beside a dense graph would hold 50 MB at 1.5 million edges, at the run's peak
        boolean filtered = backbone != null || counts.pairs().size() > topEdges;
        Graph<String, CooccurrenceEdge> unfiltered = filtered ? null : graphOf(nodes.keySet(), List.of());
        List<Candidate> edges = new ArrayList<>();
        for (CooccurrenceCounts.PairCount pair : counts.pairs()) {
            if (pair.documents() < minDocuments) {
                continue;
            }
            long windowsA = windows.get(pair.a());
            long windowsB = windows.get(pair.b());
            double w = weight.of(pair.windows(), windowsA, windowsB, counts.windows());
            if (w < minWeight || !(w > 0)) {
                continue;
            }
            java.util.SortedMap<String, Long> byWindow = new java.util.TreeMap<>();
            if (!otherWindows.isEmpty()) {
                byWindow.put(window, pair.windows());
                for (Map.Entry<String, Map<Long, Long>> other : otherWindows.entrySet()) {
                    byWindow.put(other.getKey(), other.getValue().getOrDefault(((long) pair.a() << 32) | pair.b(), 0L));
                }
            }
            Candidate candidate = new Candidate(gazetteer.entity(pair.a()).id(), gazetteer.entity(pair.b()).id(),
                    new CooccurrenceEdge(pair.documents(), pair.windows(), windowsA, windowsB, counts.windows(),
                            pair.provenance(), byWindow), w);
            if (unfiltered != null) {
                add(unfiltered, candidate);
            } else {
                edges.add(candidate);
            }
        }
        if (unfiltered != null) {
            return new EntityGraph(unfiltered, nodes, weight);
        }
        // filters choose edges before the graph is made: JGraphT removes an edge in time linear in
        // its ends' degrees, so cutting most of 200,000 edges one by one costs more than leaving them out
        if (backbone != null) {
            Set<CooccurrenceEdge> rejected = backbone.rejected(graphOf(nodes.keySet(), edges));
            edges.removeIf(candidate -> rejected.contains(candidate.edge()));
        }
        if (edges.size() > topEdges) {
            List<Candidate> ranked = new ArrayList<>(edges);
            ranked.sort(Comparator.comparingDouble(Candidate::weight).reversed()
                    .thenComparing(Candidate::source).thenComparing(Candidate::target));
            Set<CooccurrenceEdge> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ranked.subList(0, topEdges).forEach(candidate -> kept.add(candidate.edge()));
            edges.removeIf(candidate -> !kept.contains(candidate.edge()));
        }
        Graph<String, CooccurrenceEdge> graph = graphOf(nodes.keySet(), edges);
        return new EntityGraph(graph, nodes, weight);
    }

    /** An edge that passed the count filters, with its ends and weight, before it joins a graph. */
    private record Candidate(String source, String target, CooccurrenceEdge edge, double weight) {
    }

    /** The graph of {@code vertices} and {@code edges}, both added in their order. */
    private static Graph<String, CooccurrenceEdge> graphOf(Set<String> vertices, List<Candidate> edges) {
        Graph<String, CooccurrenceEdge> graph = new SimplePairGraph<>();
        vertices.forEach(graph::addVertex);
        edges.forEach(candidate -> add(graph, candidate));
        return graph;
    }

    private static void add(Graph<String, CooccurrenceEdge> graph, Candidate candidate) {
        graph.addEdge(candidate.source(), candidate.target(), candidate.edge());
        graph.setEdgeWeight(candidate.edge(), candidate.weight());
    }
}
