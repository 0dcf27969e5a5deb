package org.headroom.audio;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The production fields of an iXML chunk (iXML 1.x, the BWFXML root) as "ixml.*" metadata
 * entries: PROJECT, SCENE, TAKE, TAPE, CIRCLED, NOTE, the NO_GOOD / FALSE_START / WILD_TRACK
 * flags, the SPEED block (timecode rate and flag, the timestamp) and the track list as
 * "ixml.TRACK.n.NAME" in channel order. Other elements (history, user data, file sets) are
 * left out: they are large and nothing here reads them.
 *
 * <p>The parser refuses DTDs and external entities: a recorder's file must not make us fetch
 * or expand anything.
 */
final class IxmlChunk {
    static final String PREFIX = "ixml.";
    private static final List<String> TAKE_FIELDS = List.of("PROJECT", "SCENE", "TAKE", "TAPE", "CIRCLED", "NOTE",
            "NO_GOOD", "FALSE_START", "WILD_TRACK", "FILE_UID", "UBITS");
    private static final List<String> SPEED_FIELDS = List.of("MASTER_SPEED", "CURRENT_SPEED", "TIMECODE_RATE",
            "TIMECODE_FLAG", "FILE_SAMPLE_RATE", "TIMESTAMP_SAMPLE_RATE", "TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_HI",
            "TIMESTAMP_SAMPLES_SINCE_MIDNIGHT_LO");

    private IxmlChunk() {
    }

    /** The fields, or an empty map when the chunk is not well-formed iXML (MetadataChunkCheck says so separately). */
    static Map<String, String> parse(byte[] body) {
        Map<String, String> m = new LinkedHashMap<>();
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(trimmed(body))).getDocumentElement();
        } catch (Exception e) {
            return m; // damaged or foreign XML: the audio matters more, and the damage notice is given elsewhere
        }
        if (!"BWFXML".equals(root.getTagName())) return m;
        for (String name : TAKE_FIELDS) put(m, PREFIX + name, child(root, name));
        Element speed = childElement(root, "SPEED");
        if (speed != null) {
            for (String name : SPEED_FIELDS) put(m, PREFIX + "SPEED." + name, child(speed, name));
        }
        tracks(root, m);
        return m;
    }

    private static void tracks(Element root, Map<String, String> m) {
        Element list = childElement(root, "TRACK_LIST");
        if (list == null) return;
        List<String[]> tracks = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element t && t.getTagName().equals("TRACK")) {
                String index = child(t, "CHANNEL_INDEX");
                tracks.add(new String[] {index.isEmpty() ? Integer.toString(tracks.size() + 1) : index, child(t, "NAME")});
            }
        }
        for (String[] t : tracks) {
            if (t[0].matches("\\d{1,5}")) put(m, PREFIX + "TRACK." + Integer.parseInt(t[0]) + ".NAME", t[1]);
        }
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        // the default handler prints "[Fatal Error]" to stderr; a damaged chunk is a result, not something to print
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return b;
    }

    /** Recorders pad the chunk with NULs or spaces after the XML. */
    private static byte[] trimmed(byte[] body) {
        int end = body.length;
        while (end > 0 && (body[end - 1] == 0 || body[end - 1] == ' ' || body[end - 1] == '\n' || body[end - 1] == '\r')) end--;
        return java.util.Arrays.copyOf(body, end);
    }

    private static Element childElement(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        return null;
    }

    private static String child(Element parent, String name) {
        Element e = childElement(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (!value.isEmpty()) m.put(key, value);
    }
}
