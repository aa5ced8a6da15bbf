package io.glutewise.export;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Parses exported pages with the JDK's XML parser: well-formed or an exception. */
final class Xhtml {
  static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private Xhtml() {}

  /** The parsed document, namespace-aware, refusing external entities and DTDs. */
  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    } catch (SAXException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }
}
