package io.glutewise.export.internal;

/**
 * Escapes text for XML content and attribute values, and drops the characters XML 1.0 cannot hold
 * at all (most control characters, unpaired surrogates), so that any text a person typed still
 * gives a well-formed document.
 */
public final class XmlText {
  private XmlText() {}

  /**
   * The text escaped for use between tags or inside a quoted attribute.
   *
   * @param text any text, never null
   * @return the escaped text; characters XML cannot hold become U+FFFD
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether XML 1.0 allows the code point in a document. */
  static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
