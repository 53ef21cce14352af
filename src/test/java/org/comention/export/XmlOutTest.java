package org.comention.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.comention.common.WritableText;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XmlOut writes what the JDK's StAX writer wrote before it, character for character, for every
 * value StAX wrote as well-formed XML: the JDK's own (newDefaultFactory), which the jar used, not
 * the Woodstox that gephi-toolkit brings to the test class path. For the rest it writes
 * well-formed XML that reads back as {@link WritableText#of} the value.
 */
class XmlOutTest {
    /** What ordinary values hold; XmlOut writes them as StAX did. */
    private static final String ALPHABET = "ab <>&\"';=/?#é\u00a0داونینگ\u200f\ud83d\ude00\ufb50\ue000";
    private static final int[] CODE_POINTS = ALPHABET.codePoints().toArray();
    /** What hostile values hold too (taken char by char, so the emoji's halves come alone too): controls, noncharacters, lone surrogates, whitespace a parser normalises. */
    private static final String HOSTILE = ALPHABET + "\t\n\r\u0000\u0001\u001b\u007f\u0085\ufffe\uffff\ud800\udc00]]>\u202e";

    @Test
    void escapesAsTheStaxWriterDoes() throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(0, 40);
            for (int c = 0; c < length; c++) {
                value.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
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
    void anyValueReadsBackAsItsWritableText() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(0, 30);
            for (int c = 0; c < length; c++) {
                value.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
            }
            String s = value.toString();
            StringWriter mine = new StringWriter();
            XmlOut out = new XmlOut(mine);
            out.raw("<d").attribute("v", s).raw(">").text(s).raw("</d>");
            out.finish();
            String[] read = new String[2];
            StringBuilder text = new StringBuilder();
            byte[] bytes = mine.toString().getBytes(StandardCharsets.UTF_8);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes attributes) {
                    read[0] = attributes.getValue("v");
                }

                @Override
                public void characters(char[] ch, int start, int n) {
                    text.append(ch, start, n);
                }
            });
            read[1] = text.toString();
            String expected = WritableText.of(s);
            assertEquals(expected, read[0], () -> "attribute " + s);
            assertEquals(expected, read[1], () -> "text " + s);
        }
    }

    @Test
    void lonelySurrogatesAndControlsBecomeTheReplacementCharacter() throws Exception {
        StringWriter mine = new StringWriter();
        XmlOut out = new XmlOut(mine);
        out.raw("<d").attribute("v", "a\u0001b\ud800?").raw(">").text("\uffff\tx\r").raw("</d>");
        out.finish();
        assertEquals("<d v=\"a\ufffdb\ufffd?\">\ufffd\tx&#13;</d>", mine.toString());
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
