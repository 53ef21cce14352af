package org.comention.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comention.analysis.CentralityMeasure;
import org.comention.analysis.Communities;
import org.comention.analysis.Rankings;
import org.comention.common.Plural;
import org.comention.common.WritableText;
import org.comention.graph.CooccurrenceEdge;
import org.comention.graph.EntityGraph;
import org.comention.graph.NodeAttributes;
import org.jgrapht.Graph;

/**
 * Writes {@code report.html}: one self-contained page (Cytoscape.js inlined from its WebJar, no
 * network needed) with the interactive graph, node size by the ranking measure, colour by
 * community, a search box, details and evidence (document ids) on click, and the ranking table.
 * Labels in Arabic and Persian are marked {@code dir="auto"} so they read right to left.
 *
 * <p>A page cannot draw a dense graph (734,000 edges of 100 MB of news made a 136 MB page no
 * browser opened), so above {@link #MAX_EDGES} edges it draws every entity but only the
 * {@code MAX_EDGES} strongest edges (by weight, ties to the earlier edge in the graph's order,
 * the order of the ids {@code e0, e1, ...} of graph.graphml, which the edges keep), and says so
 * on the page; smaller graphs are drawn whole.
 */
public final class ReportWriter {
    /** The most edges the page draws: Cytoscape.js lays out a few thousand in seconds. */
    static final int MAX_EDGES = 5_000;

    static final String CYTOSCAPE = "/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    static final String CYTOSCAPE_LICENSE = "/META-INF/resources/webjars/cytoscape/3.33.1/LICENSE";


    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                      CentralityMeasure by, int top, Path target) throws IOException {
        write(entityGraph, rankings, communities, surfaces, by, top, Map.of(), target);
    }

    /** As above, an edge's evidence linking to the {@code articles} (title, URL) of its sampled documents. */
    public void write(EntityGraph entityGraph, Rankings rankings, Communities communities, SurfaceForms surfaces,
                      CentralityMeasure by, int top, Map<String, DocumentTableWriter.Article> articles, Path target)
            throws IOException {
        String library = resource(CYTOSCAPE);
        String license = resource(CYTOSCAPE_LICENSE);
        Graph<String, CooccurrenceEdge> graph = entityGraph.graph();
        int byIndex = rankings.indexOf(by);
        double max = 0;
        for (int v = 0; v < rankings.vertices().size(); v++) {
            max = Math.max(max, rankings.score(byIndex, v));
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int v = 0; v < rankings.vertices().size(); v++) {
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", node.id());
            data.put("label", node.label());
            data.put("type", node.type());
            data.put("community", communities.of(node.id()));
            data.put("color", CommunityColours.hex(communities.of(node.id())));
            data.put("size", 12 + 48 * (max > 0 ? rankings.score(byIndex, v) / max : 0));
            data.put("mentions", node.mentions());
            data.put("documents", node.documents());
            data.put("origin", node.origin());
            data.put("confidence", Numbers.round(node.confidence()));
            Map<String, String> labels = new LinkedHashMap<>();
            for (String lang : surfaces.languages()) {
                String label = surfaces.labelIn(node.id(), lang);
                if (label != null) {
                    labels.put(lang, label);
                }
            }
            data.put("labels", labels);
            data.put("surfaces", surfaces.surfacesOf(node.id()));
            Map<String, String> scores = new LinkedHashMap<>();
            for (int m = 0; m < rankings.measures().size(); m++) {
                scores.put(rankings.measures().get(m).name(), Numbers.format(rankings.score(m, v)));
            }
            data.put("scores", scores);
            elements.add(element("nodes", data));
        }
        List<CooccurrenceEdge> all = new ArrayList<>(graph.edgeSet());
        boolean[] shown = strongest(graph, all, MAX_EDGES);
        for (int id = 0; id < all.size(); id++) {
            if (!shown[id]) {
                continue;
            }
            CooccurrenceEdge e = all.get(id);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "e" + id);
            data.put("source", graph.getEdgeSource(e));
            data.put("target", graph.getEdgeTarget(e));
            data.put("weight", Double.parseDouble(Numbers.format(graph.getEdgeWeight(e))));
            data.put("documents", e.documents());
            data.put("evidence", EdgeColumns.documentIds(e));
            List<Map<String, Object>> linked = new ArrayList<>();
            for (String documentId : e.provenance().sampleDocuments()) {
                DocumentTableWriter.Article article = articles.get(documentId);
                if (article != null) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("id", documentId);
                    a.put("title", article.title() == null ? documentId : article.title());
                    a.put("url", article.url());
                    linked.add(a);
                }
            }
            if (!linked.isEmpty()) {
                data.put("articles", linked);
            }
            elements.add(element("edges", data));
        }
        String data = scriptData(JsonFile.compact(elements));

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>comention: ").append(Plural.of(entityGraph.nodeCount(), "entity", "entities")).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<header>\n<h1>comention</h1>\n<p id=\"summary\">")
                .append(String.format(Locale.ROOT, "%s, %s, %s (modularity %.4f); size by %s.",
                        Plural.of(entityGraph.nodeCount(), "entity", "entities"), Plural.of(entityGraph.edgeCount(), "edge", "edges"),
                        Plural.of(communities.count(), "community", "communities"), communities.modularity(),
                        by.name()))
                .append("</p>\n");
        if (all.size() > MAX_EDGES) {
            // a separate line, so the summary keeps its words and the cut is said plainly
            html.append(String.format(Locale.ROOT, "<p id=\"shown\">Showing the %,d strongest of %,d edges; "
                    + "the full graph is in graph.graphml / graph.gexf.</p>\n", MAX_EDGES, all.size()));
        }
        html.append("<input id=\"search\" type=\"search\" dir=\"auto\" placeholder=\"Search an entity\" ")
                .append("aria-label=\"Search an entity\">\n</header>\n<main>\n<div id=\"graph\"></div>\n")
                .append("<aside id=\"details\" dir=\"auto\"><p>Click an entity or an edge to see its details and evidence.</p></aside>\n")
                .append("</main>\n<section>\n<h2>Ranking by ").append(escape(by.name())).append("</h2>\n<table id=\"ranking\">\n<thead><tr><th>#</th><th>entity</th><th>type</th><th>community</th>");
        for (CentralityMeasure m : rankings.measures()) {
            html.append("<th>").append(escape(m.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        List<Integer> order = rankings.order(by);
        for (int r = 0; r < Math.min(top, order.size()); r++) {
            int v = order.get(r);
            NodeAttributes node = entityGraph.node(rankings.vertices().get(v));
            html.append("<tr><td>").append(r + 1).append("</td><td dir=\"auto\">").append(escape(node.label()))
                    .append(node.discovered() ? " <small class=\"discovered\" title=\"discovered, confidence "
                            + Numbers.format(node.confidence()) + "\">(discovered)</small>" : "")
                    .append("</td><td>").append(escape(node.type() == null ? "" : node.type())).append("</td><td>")
                    .append(communities.of(node.id())).append("</td>");
            for (int m = 0; m < rankings.measures().size(); m++) {
                html.append("<td>").append(Numbers.format(rankings.score(m, v))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n<div id=\"status\" hidden></div>\n")
                .append("<script>\n/* Cytoscape.js 3.33.1, https://js.cytoscape.org\n").append(license.replace("*/", "* /"))
                .append("\n*/\n").append(library).append("\n</script>\n<script>\nconst ELEMENTS = ").append(data)
                .append(";\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        AtomicOutput.write(target, writer -> writer.write(html.toString()));
    }

    /**
     * Which edges the page draws, by position in {@code edges}: all when there are at most
     * {@code cap}, else the {@code cap} heaviest, a tie going to the earlier edge.
     */
    static boolean[] strongest(Graph<String, CooccurrenceEdge> graph, List<CooccurrenceEdge> edges, int cap) {
        boolean[] shown = new boolean[edges.size()];
        if (edges.size() <= cap) {
            java.util.Arrays.fill(shown, true);
            return shown;
        }
        double[] weights = new double[edges.size()];
        Integer[] order = new Integer[edges.size()];
        for (int i = 0; i < order.length; i++) {
            weights[i] = graph.getEdgeWeight(edges.get(i));
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byWeight = Double.compare(weights[b], weights[a]);
            return byWeight != 0 ? byWeight : Integer.compare(a, b);
        });
        for (int r = 0; r < cap; r++) {
            shown[order[r]] = true;
        }
        return shown;
    }

    /** A Cytoscape element; a LinkedHashMap, since Map.of iterates in an order that changes from run to run. */
    private static Map<String, Object> element(String group, Map<String, Object> data) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("group", group);
        element.put("data", data);
        return element;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the Cytoscape.js WebJar is missing from the class path (" + name + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * JSON made safe to sit in a {@code <script>}: {@code < > &} as {@code \\u003c \\u003e \\u0026}
     * (as Django's json_script does), since escaping {@code </} alone leaves {@code <!--<script>}
     * in a label able to keep the script open and blank the page; U+2028 and U+2029, line ends
     * to older JavaScript, as {@code \\u2028 \\u2029}. Outside strings JSON holds none of them,
     * and inside one a {@code <} is never preceded by an escaping backslash, so the text
     * replacement leaves the same JSON value.
     */
    static String scriptData(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for HTML: writable by the outputs' one rule, then {@code & < > "} escaped. */
    private static String escape(String text) {
        String s = WritableText.of(text);
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, 'Noto Sans', 'Noto Naskh Arabic', sans-serif; margin: 0; color: #222; }",
            "header { display: flex; gap: 1em; align-items: baseline; padding: 0.5em 1em; border-bottom: 1px solid #ddd; }",
            "header h1 { font-size: 1.2em; margin: 0; }",
            "#search { margin-left: auto; padding: 0.3em; min-width: 16em; }",
            "main { display: flex; height: 70vh; }",
            "#graph { flex: 1; }",
            "#details { width: 22em; padding: 0.5em 1em; border-left: 1px solid #ddd; overflow: auto; }",
            "section { padding: 0.5em 1em; }",
            "table { border-collapse: collapse; font-size: 0.9em; }",
            "th, td { padding: 0.2em 0.6em; border-bottom: 1px solid #eee; text-align: start; }",
            "dt { font-weight: bold; } dd { margin: 0 0 0.4em 0; unicode-bidi: plaintext; }", "");

    private static final String SCRIPT = String.join("\n",
            "const cy = cytoscape({",
            "  container: document.getElementById('graph'),",
            "  elements: ELEMENTS,",
            "  style: [",
            "    { selector: 'node', style: { 'label': 'data(label)', 'background-color': 'data(color)',",
            "      'width': 'data(size)', 'height': 'data(size)', 'font-size': 10, 'text-valign': 'center' } },",
            "    { selector: 'edge', style: { 'width': 'mapData(weight, 0, 10, 0.5, 6)', 'line-color': '#bbb',",
            "      'curve-style': 'haystack', 'opacity': 0.6 } },",
            "    { selector: '.faded', style: { 'opacity': 0.1 } },",
            "    { selector: '.hit', style: { 'border-width': 3, 'border-color': '#000' } }",
            "  ],",
            "  layout: { name: 'cose', animate: false, randomize: false }",
            "});",
            "const details = document.getElementById('details');",
            "function text(tag, value) { const e = document.createElement(tag); e.textContent = value; e.dir = 'auto'; return e; }",
            "function show(pairs) {",
            "  details.replaceChildren();",
            "  const list = document.createElement('dl');",
            "  for (const [k, v] of pairs) { if (v !== null && v !== undefined && v !== '') { list.append(text('dt', k), text('dd', String(v))); } }",
            "  details.append(list);",
            "}",
            "cy.on('tap', 'node', evt => {",
            "  const d = evt.target.data();",
            "  const pairs = [['entity', d.label], ['type', d.type], ['community', d.community], ['mentions', d.mentions],",
            "    ['documents', d.documents], ['written as', d.surfaces]];",
            "  for (const [lang, label] of Object.entries(d.labels)) { pairs.push(['label ' + lang, label]); }",
            "  for (const [m, s] of Object.entries(d.scores)) { pairs.push([m, s]); }",
            "  show(pairs);",
            "});",
            "cy.on('tap', 'edge', evt => {",
            "  const d = evt.target.data();",
            "  show([['edge', cy.getElementById(d.source).data('label') + ' \\u2013 ' + cy.getElementById(d.target).data('label')],",
            "    ['weight', d.weight], ['documents', d.documents], ['evidence (document ids)', d.evidence]]);",
            "  if (d.articles) {",
            "    const list = document.createElement('ul');",
            "    for (const a of d.articles) {",
            "      const item = document.createElement('li');",
            "      if (a.url) { const link = text('a', a.title); link.href = a.url; link.rel = 'noopener noreferrer'; link.target = '_blank'; item.append(link); }",
            "      else { item.append(text('span', a.title)); }",
            "      list.append(item);",
            "    }",
            "    details.append(text('h3', 'articles'), list);",
            "  }",
            "});",
            "document.getElementById('search').addEventListener('input', evt => {",
            "  const q = evt.target.value.trim().toLowerCase();",
            "  cy.elements().removeClass('faded hit');",
            "  if (!q) { return; }",
            "  const hits = cy.nodes().filter(n => n.data('label').toLowerCase().includes(q)",
            "    || Object.values(n.data('labels')).some(l => l.includes(q)));",
            "  cy.elements().not(hits).addClass('faded');",
            "  hits.addClass('hit');",
            "});",
            "const status = document.getElementById('status');",
            "status.dataset.nodes = cy.nodes().length;",
            "status.dataset.edges = cy.edges().length;",
            "status.dataset.ready = 'yes';",
            "");
}
