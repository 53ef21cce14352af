"""Times igraph on the edge list CentralityBench writes, and compares its scores with comention's.

    python3 igraph_centrality.py /tmp/ba10k.tsv

Edge list lines: source, target, weight (a count), tab-separated. Betweenness and harmonic closeness
run on distances 1/weight, as comention's do; comention's scores are read from the files
EDGELIST.betweenness, ... that CentralityBench writes next to it, when present.
"""
import os
import sys
import time

import igraph

path = sys.argv[1]
names, index, edges, weights = [], {}, [], []
with open(path, encoding="utf-8") as f:
    for line in f:
        a, b, w = line.rstrip("\n").split("\t")
        for v in (a, b):
            if v not in index:
                index[v] = len(names)
                names.append(v)
        edges.append((index[a], index[b]))
        weights.append(float(w))
g = igraph.Graph(n=len(names), edges=edges, directed=False)
n = g.vcount()
distances = [1.0 / w for w in weights]
print(f"igraph {igraph.__version__}: {n} nodes, {g.ecount()} edges")


def timed(label, fn):
    start = time.perf_counter()
    result = fn()
    print(f"igraph  {label:<36} {time.perf_counter() - start:8.3f} s", flush=True)
    return result


def compare(measure, ours):
    file = f"{path}.{measure}"
    if not os.path.exists(file):
        return
    theirs = {}
    with open(file, encoding="utf-8") as f:
        for line in f:
            v, s = line.split("\t")
            theirs[v] = float(s)
    diff = max(abs(theirs[names[i]] - ours[i]) for i in range(n))
    print(f"        {measure}: max |comention - igraph| = {diff:.3g}")


timed("pagerank (weights)", lambda: g.pagerank(weights=weights))
timed("eigenvector_centrality (weights)", lambda: g.eigenvector_centrality(weights=weights, scale=False))
harmonic = timed("harmonic_centrality (1/weight)", lambda: g.harmonic_centrality(weights=distances, normalized=True))
compare("harmonic_closeness", harmonic)
timed("betweenness unweighted", lambda: g.betweenness(directed=False))
between = timed("betweenness (1/weight)", lambda: g.betweenness(weights=distances, directed=False))
pairs = (n - 1) * (n - 2) / 2
compare("betweenness", [b / pairs for b in between])
