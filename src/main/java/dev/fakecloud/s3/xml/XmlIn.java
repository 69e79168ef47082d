package dev.fakecloud.s3.xml;

import dev.fakecloud.s3.error.S3Errors;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the small XML documents S3 requests carry (configurations, part lists, delete lists) with the parser's
 * external entities and DTDs off; anything unreadable is S3's {@code MalformedXML}. Element names are matched
 * without their namespace.
 */
public final class XmlIn {

    private XmlIn() {
    }

    public static Element parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw S3Errors.malformedXml();
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (Exception e) {
            throw S3Errors.malformedXml();
        }
    }

    public static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(name(e)))) {
                out.add(e);
            }
        }
        return out;
    }

    public static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of the child element {@code name}, or null when there is none. */
    public static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent();
    }

    /** The element's children serialised back (for configurations stored as they were given). */
    public static String inner(Element e) {
        try {
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringBuilder out = new StringBuilder();
            for (Element c : children(e, null)) {
                java.io.StringWriter w = new java.io.StringWriter();
                t.transform(new javax.xml.transform.dom.DOMSource(c), new javax.xml.transform.stream.StreamResult(w));
                out.append(w.toString().replaceAll(" xmlns=\"[^\"]*\"", ""));
            }
            return out.toString();
        } catch (javax.xml.transform.TransformerException ex) {
            throw S3Errors.malformedXml();
        }
    }
}
