package org.comention.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * An XML file the user gave us, read once and checked to hold no DOCTYPE before any parser that
 * resolves entities sees it. Every XML input goes through here: a DOCTYPE is how a file makes an
 * XML reader read local files into its content ({@code <!ENTITY e SYSTEM "file:///etc/passwd">}),
 * fetch URLs (external DTDs, parameter entities) or expand an entity into gigabytes (billion
 * laughs, quadratic blowup). The formats we read (GraphML, GEXF) never need one, so the file is refused,
 * with the line of the declaration, instead of being parsed with some features turned off.
 *
 * <p>Libraries that parse XML with their own parser (JGraphT's {@code GraphMLImporter} builds a
 * JDK {@code SAXParserFactory} with its defaults, which resolve external entities and DTDs) get
 * {@link #reader()}: the same bytes that were checked, so the file cannot change between the check
 * and the import. A DOCTYPE is only legal before the root element; one after it is a
 * well-formedness error for every parser, raised before it is read as a declaration. So the check
 * stops at the root element, and costs the prolog, not the file.
 *
 * <p>The checking parser is hardened as the OWASP XXE cheat sheet says, in case it ever read
 * further: secure processing on, no external general or parameter entities, no external DTD, no
 * access to external DTDs or schemas, no XInclude. It does not set {@code disallow-doctype-decl}:
 * that feature fails inside the parser with a message about the feature rather than the file, and
 * {@link #refuseDoctype} stops the parse at the same point (the DOCTYPE's name and ids are read,
 * nothing is resolved, the internal subset is not read), naming the line.
 */
public final class XmlInput {
    /** Java arrays stop just short of 2 GiB; a bigger file is refused rather than failing inside the JDK. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    private final Path file;
    private final byte[] bytes;
    private final String root;

    private XmlInput(Path file, byte[] bytes, String root) {
        this.file = file;
        this.bytes = bytes;
        this.root = root;
    }

    public Path file() {
        return file;
    }

    /** The local name of the root element ({@code graphml}, {@code gexf}), which tells a reader what the file is. */
    public String root() {
        return root;
    }

    /**
     * Reads {@code file} (UTF-8) and refuses it when it holds a DOCTYPE or its prolog is not
     * well-formed; {@code noun} names what was expected ("GraphML file").
     */
    public static XmlInput read(Path file, String noun) throws IOException {
        InputFiles.requireFile(file, noun);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UserInputException(file + ": " + size + " bytes, more than the 2 GB an XML input may have");
        }
        XmlInput unchecked = new XmlInput(file, Files.readAllBytes(file), null);
        return new XmlInput(file, unchecked.bytes, unchecked.refuseDoctype());
    }

    /**
     * A new reader over the checked bytes, decoding UTF-8 strictly: malformed bytes throw a
     * {@link CharacterCodingException} rather than turning into U+FFFD. A byte order mark (Windows
     * tools write one) is skipped: a parser given characters takes it for text before the root.
     */
    public Reader reader() {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The one-line error for a failure of a later parse over {@link #reader()}, with its line where the parser gives one. */
    public UserInputException problem(Throwable failure, String what) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserInputException user) {
                return user;
            }
            if (cause instanceof CharacterCodingException) {
                return notUtf8();
            }
            if (cause instanceof SAXParseException located) {
                return at(located, what);
            }
        }
        return null;
    }

    /** Returns the root element's local name. */
    private String refuseDoctype() throws IOException {
        Checker checker = new Checker();
        SAXParser parser;
        try {
            parser = hardenedFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", checker);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refused its settings", e);
        }
        try {
            parser.parse(new InputSource(reader()), checker);
        } catch (RootElement reached) {
            return reached.localName;
        } catch (DoctypeFound doctype) {
            throw UserInputException.at(file, doctype.line, "refused: a DOCTYPE declaration. GraphML and GEXF never need one, "
                    + "and its entities and DTDs could make an XML reader read local files or fetch URLs; remove it");
        } catch (SAXParseException e) {
            throw at(e, "not valid XML");
        } catch (SAXException e) {
            throw new UserInputException(file + ": not valid XML: " + oneLine(e.getMessage()));
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
        // A document that ends before any element is not well-formed, and the parser says so above.
        throw new UserInputException(file + ": not valid XML: no root element");
    }

    private static SAXParserFactory hardenedFactory() throws SAXException, ParserConfigurationException {
        // The JDK's own parser, not whichever a jar on the class path registers as the default.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    private UserInputException at(SAXParseException e, String what) {
        return UserInputException.at(file, e.getLineNumber(), what + ": " + oneLine(e.getMessage()));
    }

    private static String oneLine(String message) {
        return message == null ? "unreadable" : UserInputException.printable(message.replaceAll("\\s+", " ").strip());
    }

    private UserInputException notUtf8() {
        return new UserInputException(file + ": not valid UTF-8 (XML input is read as UTF-8)");
    }

    /** Stops the parse at the DOCTYPE, reached before its internal subset or external DTD is read, or at the root element. */
    private static final class Checker extends DefaultHandler2 {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new DoctypeFound(locator == null ? 0 : locator.getLineNumber());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            throw new RootElement(localName);
        }
    }

    private static final class DoctypeFound extends SAXException {
        private static final long serialVersionUID = 1L;
        private final int line;

        DoctypeFound(int line) {
            super("DOCTYPE");
            this.line = line;
        }
    }

    private static final class RootElement extends SAXException {
        private static final long serialVersionUID = 1L;

        private final String localName;

        RootElement(String localName) {
            super("root element reached");
            this.localName = localName;
        }
    }
}
