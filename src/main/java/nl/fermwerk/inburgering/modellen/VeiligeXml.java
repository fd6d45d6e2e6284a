package nl.fermwerk.inburgering.modellen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a model's XML for the checks, namespace-aware and without a DOCTYPE: an entity declared in a DOCTYPE could
 * expand differently here than in the engine's parser and hide an expression from the check, so a model with one is
 * refused altogether (Camunda Modeler never writes one).
 */
final class VeiligeXml {

    private VeiligeXml() {
    }

    static Document lees(byte[] inhoud) throws IOException, SAXException {
        try {
            DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
            fabriek.setNamespaceAware(true);
            fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setXIncludeAware(false);
            fabriek.setExpandEntityReferences(false);
            DocumentBuilder bouwer = fabriek.newDocumentBuilder();
            // no "[Fatal Error]" lines on stderr: the refusal itself names the problem
            bouwer.setErrorHandler(null);
            return bouwer.parse(new ByteArrayInputStream(inhoud));
        } catch (ParserConfigurationException onmogelijk) {
            throw new IllegalStateException("XML-parser zonder DOCTYPE-verbod", onmogelijk);
        }
    }

    /** Every element of the document, depth first. */
    static void elk(Element element, Consumer<Element> bezoeker) {
        bezoeker.accept(element);
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind instanceof Element e) {
                elk(e, bezoeker);
            }
        }
    }

    /** The text directly inside an element (CDATA included), as the engine reads an expression there. */
    static String eigenTekst(Element element) {
        StringBuilder tekst = new StringBuilder();
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
                tekst.append(kind.getNodeValue());
            }
        }
        return tekst.toString();
    }

    /** The id a beleidsmedewerker finds in Modeler: of the element itself or of the nearest one around it. */
    static String idVan(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String id = e.getAttribute("id");
            // an event definition's own id is not what Modeler shows: the event's is
            if (!id.isBlank() && !e.getLocalName().endsWith("EventDefinition")) {
                return id;
            }
        }
        return "";
    }
}
