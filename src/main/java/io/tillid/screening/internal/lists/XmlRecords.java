package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML list file (StAX, no DTDs, no external entities) and hands each record element of
 * the given names to a handler as an {@link XmlNode}. Errors name the line and the record.
 */
final class XmlRecords {

  /** Handles one record. */
  interface Handler {
    void accept(XmlNode record) throws ListFormatException;
  }

  private XmlRecords() {}

  static void read(Path file, Set<String> recordNames, Handler handler) throws ListFormatException {
    String name = FileNames.of(file);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = null;
    try (InputStream in = Files.newInputStream(file)) {
      reader = factory.createXMLStreamReader(in);
      Deque<XmlNode> open = new ArrayDeque<>();
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = reader.getLocalName();
          if (!open.isEmpty() || recordNames.contains(element)) {
            XmlNode node = new XmlNode(element, reader.getLocation().getLineNumber());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              node.attribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            if (!open.isEmpty()) {
              open.peek().add(node);
            }
            open.push(node);
          }
        } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !open.isEmpty()) {
          open.peek().appendText(reader.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT && !open.isEmpty()) {
          XmlNode closed = open.pop();
          if (open.isEmpty()) {
            handler.accept(closed);
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new ListFormatException(name + (line > 0 ? " line " + line : ""), "not well-formed XML");
    } catch (IOException e) {
      throw new ListFormatException(name, "cannot be read");
    } finally {
      close(reader);
    }
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // nothing more can be read from it anyway
      }
    }
  }

  /** Where a record is: {@code FILE element NAME at line N}. */
  static String position(Path file, XmlNode record) {
    return FileNames.of(file) + " element " + record.name() + " at line " + record.line();
  }
}
