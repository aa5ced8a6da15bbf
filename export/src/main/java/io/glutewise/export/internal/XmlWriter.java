package io.glutewise.export.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XML (XHTML and SVG) one element at a time. Every text and attribute value
 * goes through {@link XmlText#escape}, so no caller can forget to escape; elements close in order.
 * Elements that hold other elements are indented by two spaces per level, which keeps the output
 * readable and its diffs small. Not thread-safe; one writer per document.
 */
public final class XmlWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<Frame> open = new ArrayDeque<>();

  private static final class Frame {
    final String name;
    boolean hasChildElements;

    Frame(String name) {
      this.name = name;
    }
  }

  /** Writes text that is already markup, such as a declaration or a doctype; nothing escaped. */
  public XmlWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  /**
   * Writes well-formed markup that another writer made, such as an SVG chart, as a child element
   * on its own line. Nothing is escaped: only pass what an {@code XmlWriter} produced.
   */
  public XmlWriter fragment(String markup) {
    newChildLine();
    out.append(markup.replace("\n", "\n" + "  ".repeat(open.size())));
    return this;
  }

  /**
   * Opens an element.
   *
   * @param name the element name
   * @param attributes name, value, name, value...; a null value leaves that attribute out
   */
  public XmlWriter start(String name, String... attributes) {
    newChildLine();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    open.push(new Frame(name));
    return this;
  }

  /** Closes the element opened last. */
  public XmlWriter end() {
    Frame frame = open.pop();
    if (frame.hasChildElements) {
      out.append('\n').append("  ".repeat(open.size()));
    }
    out.append("</").append(frame.name).append('>');
    return this;
  }

  /** Writes escaped text into the element opened last. */
  public XmlWriter text(String text) {
    out.append(XmlText.escape(text));
    return this;
  }

  /** Writes an element holding only text, on its own line. */
  public XmlWriter element(String name, String text, String... attributes) {
    newChildLine();
    out.append('<').append(name);
    attributes(attributes);
    out.append('>').append(XmlText.escape(text)).append("</").append(name).append('>');
    return this;
  }

  /** Writes an element with no content, such as {@code <rect .../>}, on its own line. */
  public XmlWriter empty(String name, String... attributes) {
    newChildLine();
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** The document written so far; every element must be closed. */
  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("element <" + open.peek().name + "> is still open");
    }
    return out.toString();
  }

  private void newChildLine() {
    if (!open.isEmpty()) {
      open.peek().hasChildElements = true;
    }
    if (out.length() > 0) {
      out.append('\n').append("  ".repeat(open.size()));
    }
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"")
            .append(XmlText.escape(attributes[i + 1])).append('"');
      }
    }
  }
}
