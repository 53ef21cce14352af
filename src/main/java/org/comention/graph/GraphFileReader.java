package org.comention.graph;

import static org.comention.common.UserInputException.printable;

import java.io.IOException;
import java.nio.file.Path;
import org.comention.common.UserInputException;
import org.comention.common.XmlInput;

/**
 * Reads a graph file that is GraphML or GEXF, told apart by the root element rather than the file
 * name (Gephi users rename freely); anything else is refused with one line.
 */
public final class GraphFileReader {
    public EntityGraph read(Path file) throws IOException {
        XmlInput input = XmlInput.read(file, "GraphML or GEXF file");
        return switch (input.root()) {
            case "graphml" -> new GraphMlReader().read(input);
            case "gexf" -> new GexfReader().read(input);
            default -> throw new UserInputException(file + ": not GraphML or GEXF (its root element is <"
                    + printable(input.root()) + ">); rank reads the graph.graphml or graph.gexf of a build, "
                    + "or GraphML/GEXF from Gephi, networkx or igraph");
        };
    }
}
