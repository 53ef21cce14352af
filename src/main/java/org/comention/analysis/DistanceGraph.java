package org.comention.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * A strength-weighted graph as compressed sparse rows of distances {@code 1 / weight}, the input
 * of the all-sources measures (betweenness, harmonic closeness). Vertices are mapped to
 * {@code 0..n-1} once, in the graph's vertex order, so that the Dijkstra runs work on arrays, not
 * on maps. Vertex {@code v}'s arcs are {@code offsets[v] .. offsets[v+1]-1}, in the order of
 * {@code graph.edgesOf(v)}; every undirected edge is two arcs, a parallel edge two more (JGraphT
 * counts it as one more shortest path, and so do we), a self-loop none (it is on no shortest path).
 * Immutable once built, so threads share it.
 */
final class DistanceGraph<V> {
    final List<V> vertices;
    final int[] offsets;
    final int[] targets;
    final double[] lengths;

    private DistanceGraph(List<V> vertices, int[] offsets, int[] targets, double[] lengths) {
        this.vertices = vertices;
        this.offsets = offsets;
        this.targets = targets;
        this.lengths = lengths;
    }

    /** The graph with lengths {@code 1.0 / weight}, computed as {@link Distances#inverseWeights} does. */
    static <V, E> DistanceGraph<V> of(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int arcs = 0;
            for (E e : graph.edgesOf(vertices.get(v))) {
                if (!graph.getEdgeSource(e).equals(graph.getEdgeTarget(e))) {
                    arcs++;
                }
            }
            offsets[v + 1] = offsets[v] + arcs;
        }
        int[] targets = new int[offsets[n]];
        double[] lengths = new double[offsets[n]];
        for (int v = 0; v < n; v++) {
            int arc = offsets[v];
            V vertex = vertices.get(v);
            for (E e : graph.edgesOf(vertex)) {
                V other = Graphs.getOppositeVertex(graph, e, vertex);
                if (other.equals(vertex)) {
                    continue;
                }
                double length = 1.0 / graph.getEdgeWeight(e);
                if (!(length >= 0) || Double.isNaN(length)) {
                    throw new IllegalArgumentException("edge weight " + graph.getEdgeWeight(e)
                            + " gives no distance: weights must be positive");
                }
                targets[arc] = index.get(other);
                lengths[arc] = length;
                arc++;
            }
        }
        return new DistanceGraph<>(List.copyOf(vertices), offsets, targets, lengths);
    }

    int size() {
        return vertices.size();
    }

    /**
     * Whether Dijkstra's own O(n²) form, which finds the next vertex by scanning the unsettled
     * ones, beats the binary heap, whose decrease-keys cost O(log n) for each of the m arcs: for
     * m log n above n², as in co-occurrence graphs where most entities meet most others.
     */
    boolean dense() {
        int n = size();
        double log = n < 2 ? 1 : Math.log(n) / Math.log(2);
        return (double) targets.length * log > (double) n * n;
    }

    /**
     * One Dijkstra run's arrays, reused from source to source by one thread: distances, settle
     * order, and for betweenness the shortest-path counts and predecessors. The heap breaks ties in
     * distance by vertex index, so the settle order, and with it every floating-point sum that
     * follows it, depends on the graph alone. On a {@link #dense()} graph the next vertex is found
     * by a scan of the frontier instead (E. W. Dijkstra, "A note on two problems in connexion with
     * graphs", Numerische Mathematik 1, 1959), with the same tie rule, so the settle order is the
     * same either way.
     */
    final class Search {
        final double[] distance;
        /** Number of shortest paths from the source; a double, so a huge count rounds instead of wrapping. */
        final double[] sigma;
        /** Vertices in the order they were settled: non-decreasing distance. */
        final int[] settled;
        int settledCount;
        /** Predecessors of {@code w} on shortest paths: {@code predecessors[offsets[w] .. + predecessorCount[w]]}. */
        final int[] predecessors;
        final int[] predecessorCount;
        private final boolean countPaths;
        private final int[] heap;
        private final double[] heapKey;
        private final int[] heapPosition;
        private int heapSize;
        private final boolean scan;

        Search(boolean countPaths) {
            this(countPaths, dense());
        }

        /** @param scan find the next vertex by a scan of the frontier, not by the heap */
        Search(boolean countPaths, boolean scan) {
            int n = size();
            this.countPaths = countPaths;
            this.scan = scan;
            distance = new double[n];
            settled = new int[n];
            heap = new int[n];
            heapKey = new double[n];
            heapPosition = new int[n];
            sigma = countPaths ? new double[n] : null;
            predecessors = countPaths ? new int[targets.length] : null;
            predecessorCount = countPaths ? new int[n] : null;
            java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(heapPosition, -1);
        }

        /**
         * Shortest paths from {@code source}. Equal lengths are compared exactly, as JGraphT's
         * {@code BetweennessCentrality} does: a path is another shortest path when its length, summed
         * arc by arc from the source, is the same double.
         */
        void run(int source) {
            for (int i = 0; i < settledCount; i++) {
                int v = settled[i];
                distance[v] = Double.POSITIVE_INFINITY;
                if (countPaths) {
                    sigma[v] = 0;
                    predecessorCount[v] = 0;
                }
            }
            settledCount = 0;
            distance[source] = 0.0;
            if (countPaths) {
                sigma[source] = 1;
            }
            push(source);
            while (heapSize > 0) {
                int v = pop();
                settled[settledCount++] = v;
                double dv = distance[v];
                for (int arc = offsets[v], end = offsets[v + 1]; arc < end; arc++) {
                    int w = targets[arc];
                    double d = dv + lengths[arc];
                    double dw = distance[w];
                    if (dw == Double.POSITIVE_INFINITY) {
                        distance[w] = d;
                        push(w);
                        if (countPaths) {
                            sigma[w] = sigma[v];
                            predecessors[offsets[w]] = v;
                            predecessorCount[w] = 1;
                        }
                    } else if (d < dw) {
                        distance[w] = d;
                        if (!scan) {
                            siftUp(heapPosition[w], w, d);
                        }
                        if (countPaths) {
                            sigma[w] = sigma[v];
                            predecessors[offsets[w]] = v;
                            predecessorCount[w] = 1;
                        }
                    } else if (countPaths && d == dw) {
                        sigma[w] += sigma[v];
                        predecessors[offsets[w] + predecessorCount[w]++] = v;
                    }
                }
            }
        }

        int[] offsets() {
            return offsets;
        }

        /** Whether the entry (key ka, vertex a) comes before (kb, b): by distance, then by index. */
        private static boolean before(double ka, int a, double kb, int b) {
            return ka < kb || (ka == kb && a < b);
        }

        private void push(int v) {
            if (scan) {
                heap[heapSize++] = v;
                return;
            }
            heapSize++;
            siftUp(heapSize - 1, v, distance[v]);
        }

        private int pop() {
            if (scan) {
                return popByScan();
            }
            int top = heap[0];
            heapPosition[top] = -1;
            int last = heap[--heapSize];
            if (heapSize > 0) {
                siftDown(last, heapKey[heapSize]);
            }
            return top;
        }

        /** Takes the frontier's vertex of least distance, ties to the lower index, as the heap would. */
        private int popByScan() {
            int best = 0;
            int b = heap[0];
            double kb = distance[b];
            for (int i = 1; i < heapSize; i++) {
                int v = heap[i];
                double kv = distance[v];
                if (before(kv, v, kb, b)) {
                    best = i;
                    b = v;
                    kb = kv;
                }
            }
            heap[best] = heap[--heapSize];
            return b;
        }

        /** Moves vertex v, of key k, up from slot i; the key is kept in the heap beside it to spare a lookup. */
        private void siftUp(int i, int v, double k) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                int p = heap[parent];
                double kp = heapKey[parent];
                if (!before(k, v, kp, p)) {
                    break;
                }
                heap[i] = p;
                heapKey[i] = kp;
                heapPosition[p] = i;
                i = parent;
            }
            heap[i] = v;
            heapKey[i] = k;
            heapPosition[v] = i;
        }

        private void siftDown(int v, double k) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= heapSize) {
                    break;
                }
                int c = heap[child];
                double kc = heapKey[child];
                if (child + 1 < heapSize) {
                    int r = heap[child + 1];
                    double kr = heapKey[child + 1];
                    if (before(kr, r, kc, c)) {
                        child++;
                        c = r;
                        kc = kr;
                    }
                }
                if (!before(kc, c, k, v)) {
                    break;
                }
                heap[i] = c;
                heapKey[i] = kc;
                heapPosition[c] = i;
                i = child;
            }
            heap[i] = v;
            heapKey[i] = k;
            heapPosition[v] = i;
        }
    }
}
