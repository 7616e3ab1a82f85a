package io.tillid.screening.internal.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One record of an XML list read into memory (element name, text, children), for easy picking. */
final class XmlNode {

  private final String name;
  private final int line;
  private final StringBuilder text = new StringBuilder();
  private final List<XmlNode> children = new ArrayList<>();
  private final Map<String, String> attributes = new HashMap<>();

  XmlNode(String name, int line) {
    this.name = name;
    this.line = line;
  }

  String name() {
    return name;
  }

  /** The line the element starts on. */
  int line() {
    return line;
  }

  void appendText(String value) {
    text.append(value);
  }

  void attribute(String localName, String value) {
    attributes.put(localName, value);
  }

  /** An attribute's value, whitespace collapsed; null when absent or blank. */
  String attribute(String localName) {
    return EntityBuilder.clean(attributes.get(localName));
  }

  void add(XmlNode child) {
    children.add(child);
  }

  /** The element's own text, whitespace collapsed; null when blank. */
  String text() {
    return EntityBuilder.clean(text.toString());
  }

  /** The text of the first child of that name, or null. */
  String text(String childName) {
    XmlNode child = child(childName);
    return child == null ? null : child.text();
  }

  XmlNode child(String childName) {
    for (XmlNode child : children) {
      if (child.name.equals(childName)) {
        return child;
      }
    }
    return null;
  }

  List<XmlNode> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /** Children of that name at any depth below this element. */
  List<XmlNode> descendants(String descendantName) {
    List<XmlNode> found = new ArrayList<>();
    for (XmlNode child : children) {
      if (child.name.equals(descendantName)) {
        found.add(child);
      }
      found.addAll(child.descendants(descendantName));
    }
    return found;
  }
}
