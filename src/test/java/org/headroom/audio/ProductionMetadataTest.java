package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The iXML and bext Description readers on what recorders write, and on anything at all. */
class ProductionMetadataTest {
    private static final String IXML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<BWFXML><PROJECT>P</PROJECT><SCENE>12A</SCENE>"
            + "<TAKE>3</TAKE><CIRCLED>TRUE</CIRCLED><NOTE>café</NOTE><SPEED><TIMECODE_RATE>25/1</TIMECODE_RATE>"
            + "<TIMECODE_FLAG>NDF</TIMECODE_FLAG></SPEED><TRACK_LIST><TRACK><CHANNEL_INDEX>2</CHANNEL_INDEX><NAME>Lav</NAME></TRACK>"
            + "<TRACK><CHANNEL_INDEX>1</CHANNEL_INDEX><NAME>Boom</NAME></TRACK></TRACK_LIST></BWFXML>\n";

    @Test
    void ixmlFieldsBecomeMetadataEntries() {
        Map<String, String> m = IxmlChunk.parse(IXML.getBytes(StandardCharsets.UTF_8));
        assertEquals("12A", m.get("ixml.SCENE"));
        assertEquals("3", m.get("ixml.TAKE"));
        assertEquals("TRUE", m.get("ixml.CIRCLED"));
        assertEquals("café", m.get("ixml.NOTE"));
        assertEquals("25/1", m.get("ixml.SPEED.TIMECODE_RATE"));
        assertEquals("Boom", m.get("ixml.TRACK.1.NAME"));
        assertEquals("Lav", m.get("ixml.TRACK.2.NAME"));
    }

    @Test
    void anEntityOrDoctypeIsRefusedNotExpanded() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE BWFXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><BWFXML><SCENE>&x;</SCENE></BWFXML>";
        assertEquals(Map.of(), IxmlChunk.parse(evil.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyCutOfAnIxmlChunkGivesFieldsOrNothingNeverAnError() {
        byte[] whole = IXML.getBytes(StandardCharsets.UTF_8);
        qt().withFixedSeed(1307L).withExamples(300).forAll(integers().between(0, whole.length), integers().between(0, 255))
                .checkAssert((cut, junk) -> {
                    byte[] b = Arrays.copyOf(whole, cut + 1);
                    b[cut] = (byte) (int) junk;
                    Map<String, String> m = IxmlChunk.parse(b);
                    assertTrue(m.isEmpty() || m.get("ixml.SCENE").equals("12A"), m.toString());
                });
    }

    @Test
    void descriptionLinesOfAnyMakerAndFreeText() {
        BextDescription d = BextDescription.parse("Wedding, reception\r\nsSCENE=4\r\nzTAKE=07\r\nsTRK1=Boom\u0000\u0000");
        assertEquals("4", d.field("SCENE"));
        assertEquals("07", d.field("TAKE"));
        assertEquals("Boom", d.field("TRK1"));
        assertEquals("Wedding, reception", d.freeText());
        assertEquals("", d.field("NOTE"));
    }

    @Test
    void anyDescriptionTextParsesWithoutAnError() {
        qt().withFixedSeed(3285L).withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 256))
                .checkAssert(text -> {
                    BextDescription d = BextDescription.parse(text);
                    assertTrue(d.fields().keySet().stream().allMatch(k -> k.matches("[A-Z][A-Z0-9_]*")), d.fields().toString());
                });
    }
}
