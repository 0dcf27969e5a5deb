package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BroadcastChunksTest {
    private static final LocalDateTime NOON = LocalDateTime.of(2024, 1, 2, 12, 0, 0);

    @Test
    void chunksAreWholeAndEvenAndBextHasItsFixedLayout() {
        byte[] b = BroadcastChunks.build(TakeInfo.NONE, NOON, 48000, 2, 24);
        assertEquals("bext", ByteFields.fourcc(b, 0));
        long bextSize = ByteFields.u32le(b, 4);
        assertTrue(bextSize >= BextChunk.FIXED_SIZE);
        int ixmlAt = (int) (8 + bextSize + (bextSize & 1));
        assertEquals("iXML", ByteFields.fourcc(b, ixmlAt));
        long ixmlSize = ByteFields.u32le(b, ixmlAt + 4);
        assertEquals(b.length, ixmlAt + 8 + ixmlSize + (ixmlSize & 1));
        assertEquals(0, b.length % 2);
        Map<String, String> m = BextChunk.parse(java.util.Arrays.copyOfRange(b, 8, 8 + (int) bextSize));
        assertEquals(Long.toString(12 * 3600 * 48000L), m.get("bext.timeReference"));
        assertEquals("A=PCM,F=48000,W=24,M=stereo,T=Headroom", m.get("bext.codingHistory"));
    }

    /** bext is ASCII in 256 bytes; iXML keeps the whole text in UTF-8, escaped. */
    @Test
    void longOrNonAsciiNotesAreCutInBextAndWholeInIxml() {
        String notes = "Café <scène> & " + "x".repeat(300);
        byte[] b = BroadcastChunks.build(TakeInfo.NONE.withScene("1", "2", notes), NOON, 48000, 1, 16);
        Map<String, String> m = BextChunk.parse(java.util.Arrays.copyOfRange(b, 8, 8 + BextChunk.FIXED_SIZE));
        String description = m.get("bext.description");
        assertEquals(256, description.length(), "cut to the width of the field");
        assertTrue(description.contains("sNOTE=Caf? <sc?ne>"), description);
        String all = new String(b, StandardCharsets.UTF_8);
        assertTrue(all.contains("<NOTE>Café &lt;scène&gt; &amp; xxx"), "iXML holds the text as typed");
    }

    /** An export's bext: no origination given leaves the date fields empty; history lines end in CR LF. */
    @Test
    void anExportBextCarriesItsTagsAndCrLfHistory() {
        byte[] b = BroadcastChunks.bext("Episode 1", "Headroom", "ref", null, 48000L << 32 | 5, "A=PCM,F=48000\nA=PCM,F=44100");
        assertEquals("bext", ByteFields.fourcc(b, 0));
        int size = (int) ByteFields.u32le(b, 4);
        assertEquals(b.length, 8 + size + (size & 1));
        Map<String, String> m = BextChunk.parse(java.util.Arrays.copyOfRange(b, 8, 8 + size));
        assertEquals("Episode 1", m.get("bext.description"));
        assertEquals("ref", m.get("bext.originatorReference"));
        assertEquals(null, m.get("bext.originationDate"));
        assertEquals(Long.toUnsignedString(48000L << 32 | 5), m.get("bext.timeReference"));
        assertEquals("1", m.get("bext.version"));
        assertEquals("A=PCM,F=48000\r\nA=PCM,F=44100\r\n",
                new String(b, 8 + BextChunk.FIXED_SIZE, size - BextChunk.FIXED_SIZE, StandardCharsets.US_ASCII));
    }
}
