package app.reconcile.report;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A thin indenting layer over a StAX {@link XMLStreamWriter} in the TEI namespace: StAX does the escaping,
 * this class only adds line breaks and indentation between elements and replaces characters XML 1.0 cannot
 * carry (control characters, lone surrogates) with U+FFFD, so any article text yields well-formed XML.
 */
final class TeiXml {
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";

    private final Writer out;
    private final XMLStreamWriter xml;
    private int depth;

    /** Writes to {@code out} as elements are added; {@link #finish()} empties StAX's buffer into it, not closing it. */
    TeiXml(Writer out) throws XMLStreamException {
        this.out = out;
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(TEI_NS);
    }

    /** Opens the root element and declares the TEI namespace on it. */
    TeiXml root(String name) throws XMLStreamException {
        open(name);
        xml.writeDefaultNamespace(TEI_NS);
        return this;
    }

    /** Opens an element on a new line; attributes are name/value pairs ("xml:id" is supported). */
    TeiXml open(String name, String... attributes) throws XMLStreamException {
        newline();
        xml.writeStartElement(TEI_NS, name);
        attributes(attributes);
        depth++;
        return this;
    }

    /** Closes the innermost open element on its own line. */
    TeiXml close() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
        return this;
    }

    /** Writes {@code <name attrs>text</name>} on one line. */
    TeiXml leaf(String name, String text, String... attributes) throws XMLStreamException {
        inlineStart(name, attributes);
        text(text);
        xml.writeEndElement();
        return this;
    }

    /** Writes {@code <name attrs/>} on one line. */
    TeiXml empty(String name, String... attributes) throws XMLStreamException {
        newline();
        xml.writeEmptyElement(TEI_NS, name);
        attributes(attributes);
        return this;
    }

    /** Starts an element with mixed content on a new line; finish it with {@link #endInline()}. */
    TeiXml inlineStart(String name, String... attributes) throws XMLStreamException {
        newline();
        xml.writeStartElement(TEI_NS, name);
        attributes(attributes);
        return this;
    }

    /** An element inside mixed content, without line breaks around it. */
    TeiXml inline(String name, String text, String... attributes) throws XMLStreamException {
        xml.writeStartElement(TEI_NS, name);
        attributes(attributes);
        text(text);
        xml.writeEndElement();
        return this;
    }

    TeiXml endInline() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    TeiXml text(String text) throws XMLStreamException {
        xml.writeCharacters(sanitize(text));
        return this;
    }

    void finish() throws XMLStreamException, IOException {
        xml.writeEndDocument();
        xml.flush();
        // StAX's close() frees the writer's resources but leaves the underlying writer open
        xml.close();
        out.write('\n');
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String value = sanitize(pairs[i + 1]);
            if ("xml:id".equals(pairs[i])) {
                xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "id", value);
            } else {
                xml.writeAttribute(pairs[i], value);
            }
        }
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Replaces what XML 1.0 cannot represent with U+FFFD. */
    static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            out.appendCodePoint(ok ? c : 0xFFFD);
        });
        return out.toString();
    }
}
