package io.glutewise.export.internal;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class XmlTextProperties {
  @Test
  void anyTextEscapedParsesBackAsTheSameTextInContentAndAttributes() {
    theory()
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(text -> {
          String xml = "<p title=\"" + XmlText.escape(text) + "\">" + XmlText.escape(text) + "</p>";
          Element p = parse(xml);
          String expected = keepable(text);
          assertThat(p.getTextContent()).isEqualTo(expected.replace("\r\n", "\n").replace('\r', '\n'));
          // attribute values normalise white space to spaces
          assertThat(p.getAttribute("title")).isEqualTo(expected.replaceAll("\r\n|[\t\n\r]", " "));
        });
  }

  /** The text with the characters XML cannot hold replaced, as escape promises. */
  private static String keepable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(XmlText.allowed(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  private static Element parse(String xml) {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + xml, e);
    }
  }
}
