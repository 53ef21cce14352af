package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.SplittableRandom;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * XmlOut writes what the JDK's StAX writer wrote before it, character for character: the JDK's own
 * (newDefaultFactory), which the jar used, not the Woodstox that gephi-toolkit brings to the test class path.
 */
class XmlOutTest {
    private static final String ALPHABET = "ab <>&\"'\t\n\r;=/?#é\u00a0داونینگ\u200f\ud83d\ude00\ud800";

    @Test
    void escapesAsTheStaxWriterDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(0, 40);
            for (int c = 0; c < length; c++) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = value.toString();

            StringWriter stax = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stax);
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("value", s);
            xml.writeCharacters("\n");
            xml.writeStartElement("data");
            xml.writeAttribute("key", "k");
            xml.writeCharacters(s);
            xml.writeEndElement();
            xml.flush();

            StringWriter mine = new StringWriter();
            XmlOut out = new XmlOut(mine);
            out.newline(1).raw("<attvalue").attribute("value", s).raw("/>");
            out.newline(0).raw("<data").attribute("key", "k").raw(">").text(s).raw("</data>");
            out.finish();
            assertEquals(stax.toString(), mine.toString(), () -> "for " + s);
        }
    }

    @Test
    void growsForValuesLongerThanItsBuffer() throws Exception {
        String longValue = "<&>".repeat(100_000);
        StringWriter mine = new StringWriter();
        XmlOut out = new XmlOut(mine);
        out.raw("<a").attribute("v", longValue).raw("/>").newline(0);
        out.finish();
        assertEquals("<a v=\"" + "&lt;&amp;&gt;".repeat(100_000) + "\"/>\n", mine.toString());
    }
}
