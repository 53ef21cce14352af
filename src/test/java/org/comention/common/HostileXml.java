package org.comention.common;

/**
 * The XML attacks of issue 17, each a small GraphML file whose DOCTYPE is on line 2. Comention must
 * refuse every one before anything is resolved or expanded.
 */
public final class HostileXml {
    private HostileXml() {
    }

    private static String graphml(String doctype, String label) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                + "<graph edgedefault=\"undirected\">\n"
                + "<node id=\"a\"><data key=\"label\">" + label + "</data></node>\n"
                + "<node id=\"b\"/>\n"
                + "<edge source=\"a\" target=\"b\"/>\n"
                + "</graph>\n</graphml>\n";
    }

    /** An entity declared in the document itself, expanded into a label. */
    public static String internalEntity() {
        return graphml("<!DOCTYPE graphml [<!ENTITY injected \"INJECTED-BY-ENTITY\">]>", "&injected;");
    }

    /** An external general entity: the label would become the contents of {@code url} (file:/// or http://). */
    public static String externalEntity(String url) {
        return graphml("<!DOCTYPE graphml [<!ENTITY leak SYSTEM \"" + url + "\">]>", "&leak;");
    }

    /** An external DTD, fetched by a parser that loads external DTDs. */
    public static String externalDtd(String url) {
        return graphml("<!DOCTYPE graphml SYSTEM \"" + url + "\">", "A");
    }

    /** A parameter entity that pulls in a DTD from {@code url}, the first step of out-of-band exfiltration. */
    public static String parameterEntity(String url) {
        return graphml("<!DOCTYPE graphml [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>", "A");
    }

    /** Ten levels of ten references each: 10^9 copies of "lol" from a file of under 1 KB. */
    public static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE graphml [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"");
            doctype.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return graphml(doctype.append("]>").toString(), "&lol9;");
    }

    /** One entity of 20,000 characters referenced 2,000 times: 40 million characters from a 50 KB file, no nesting. */
    public static String quadraticBlowup() {
        return graphml("<!DOCTYPE graphml [<!ENTITY big \"" + "x".repeat(20_000) + "\">]>", "&big;".repeat(2_000));
    }
}
