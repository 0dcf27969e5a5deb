package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The effect ops in the edit-list format: defaults as the issue's table gives them, a faithful round trip, strict fields. */
class EffectEdlFormatTest {
    @Test
    void defaultsAreTheIssues() throws Exception {
        EditList list = EdlFormat.parse("x.json", "{\"edits\": [{\"op\": \"compress\"}, {\"op\": \"level\"}, {\"op\": \"denoise\"},"
                + " {\"op\": \"declip\"}, {\"op\": \"reverb\", \"rt60\": 1.2}, {\"op\": \"eq\", \"preset\": \"radio\"}]}");
        assertEquals(List.of(new Edit.Compress(-20, 3, 10, 150, 6, 0), new Edit.Level(-20, 12, 3), new Edit.Denoise(12, null, null),
                new Edit.Declip(5), new Edit.Reverb(1.2), new Edit.Eq(null, "radio", null, null)), list.edits());
    }

    @Test
    void everyEffectRoundTrips() throws Exception {
        EditList list = EditList.of(
                new Edit.Eq(List.of(new Edit.Eq.Band(Edit.BandType.PEAK, 3000, 4, 1.2), new Edit.Eq.Band(Edit.BandType.HIGH_PASS, 80, 0, 0.7071)),
                        null, 1.0, -2.0),
                new Edit.Eq(null, "telephone", null, null), new Edit.Compress(-25, 4, 5, 200, 3, 2), new Edit.Level(-18, 9, 4),
                new Edit.Denoise(15, 0.5, 1.5), new Edit.Declip(3), new Edit.Reverb(null, 20, 0.3, "church-hall", null, 2.0, 3.0),
                new Edit.Reverb(null, 10, 0.25, null, "/tmp/room.wav", null, null));
        assertEquals(list, EdlFormat.parse("x.json", EdlFormat.write(list)));
    }

    @Test
    void strictAboutFields() {
        String[][] bad = {
                {"{\"op\": \"eq\"}", "give \"bands\" or \"preset\""},
                {"{\"op\": \"eq\", \"preset\": \"warm\", \"bands\": [{\"type\": \"peak\", \"hz\": 1000}]}", "one of them"},
                {"{\"op\": \"eq\", \"bands\": [{\"type\": \"peak\", \"hz\": 1000, \"gain\": 3}]}", "band 1: unknown field 'gain'"},
                {"{\"op\": \"eq\", \"preset\": \"warm\", \"start\": 1}", "give both start and end"},
                {"{\"op\": \"reverb\"}", "give one of"},
                {"{\"op\": \"reverb\", \"rt60\": 1, \"room\": \"studio\"}", "give one of"},
                {"{\"op\": \"reverb\", \"rt60\": 1, \"mix\": 2}", "mix 2.0 is outside 0..1"},
                {"{\"op\": \"level\", \"window\": 3}", "unknown field 'window'"},
                {"{\"op\": \"denoise\", \"reductionDb\": \"lots\"}", "must be a number"},
        };
        for (String[] c : bad) {
            EdlException e = assertThrows(EdlException.class, () -> EdlFormat.parse("x.json", "{\"edits\": [" + c[0] + "]}"), c[0]);
            assertTrue(e.getMessage().startsWith("x.json: edit 1 (") && e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
        }
    }
}
