package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mixing ops in the edit-list format: fields, defaults, a layer file relative to the list, errors. */
class MixingEdlTest {

    @Test
    void theNewOpsParseWithTheIssuesDefaults() throws Exception {
        Path folder = Path.of("/projects/show");
        EditList list = EdlFormat.parse("e.json", "{\"edits\": ["
                + "{\"op\": \"layer\", \"file\": \"music/bed.flac\", \"at\": 2, \"duck\": true},"
                + "{\"op\": \"layer\", \"file\": \"/sfx/door.wav\", \"at\": 5, \"from\": 0.5, \"to\": 1.5, \"gainDb\": -6, \"fadeIn\": 0.1,"
                + " \"fadeOut\": 0.2, \"loop\": true, \"until\": 9, \"duck\": {\"depthDb\": 14, \"holdMs\": 300, \"thresholdDb\": -40}},"
                + "{\"op\": \"roomTone\", \"start\": 1, \"end\": 2},"
                + "{\"op\": \"silence\", \"start\": 3, \"end\": 4, \"fill\": \"roomTone\"},"
                + "{\"op\": \"silence\", \"start\": 5, \"end\": 6},"
                + "{\"op\": \"pause\", \"at\": 7, \"length\": 1.5}]}", folder);
        assertEquals(List.of(
                new Edit.Layer(folder.resolve("music/bed.flac"), 2, 0, Double.NaN, 0, 0, 0, false, Double.NaN, new Edit.Duck(10, 150, 500, 200, Double.NaN)),
                new Edit.Layer(Path.of("/sfx/door.wav"), 5, 0.5, 1.5, -6, 0.1, 0.2, true, 9, new Edit.Duck(14, 150, 500, 300, -40)),
                new Edit.RoomTone(1, 2), new Edit.Silence(3, 4, Edit.Silence.Fill.ROOM_TONE), new Edit.Silence(5, 6),
                new Edit.Pause(7, 1.5)), list.edits());
        assertEquals(list, EdlFormat.parse("x", EdlFormat.write(list)), "written and read back");
    }

    @Test
    void badFieldsAreOneLineNamingTheEdit() {
        assertError("e.json: edit 1 (layer): \"file\" is missing", "{\"op\": \"layer\", \"at\": 1}");
        assertError("e.json: edit 1 (layer): loop needs \"until\" (the source time where it stops)",
                "{\"op\": \"layer\", \"file\": \"a.wav\", \"at\": 1, \"loop\": true}");
        assertError("e.json: edit 1 (layer): until 0.5 is not after at 1.0",
                "{\"op\": \"layer\", \"file\": \"a.wav\", \"at\": 1, \"loop\": true, \"until\": 0.5}");
        assertError("e.json: edit 1 (layer): depthDb -3.0 is outside 0..60 (more than 0)",
                "{\"op\": \"layer\", \"file\": \"a.wav\", \"at\": 1, \"duck\": {\"depthDb\": -3}}");
        assertError("e.json: edit 1 (layer): duck: unknown field 'depth' (depthDb, attackMs, releaseMs, holdMs, thresholdDb)",
                "{\"op\": \"layer\", \"file\": \"a.wav\", \"at\": 1, \"duck\": {\"depth\": 3}}");
        assertError("e.json: edit 1 (layer): to 1.0 is not after from 2.0",
                "{\"op\": \"layer\", \"file\": \"a.wav\", \"at\": 1, \"from\": 2, \"to\": 1}");
        assertError("e.json: edit 1 (silence): fill must be \"digital\" or \"roomTone\", not \"pink\"",
                "{\"op\": \"silence\", \"start\": 1, \"end\": 2, \"fill\": \"pink\"}");
        assertError("e.json: edit 1 (pause): length -1.0 must be more than 0", "{\"op\": \"pause\", \"at\": 1, \"length\": -1}");
        assertError("e.json: edit 1 (roomTone): end 1.0 is before start 2.0", "{\"op\": \"roomTone\", \"start\": 2, \"end\": 1}");
    }

    @Test
    void rangesOutsideTheSourceAreFoundWhenTheSourceIsKnown() throws Exception {
        int rate = 8000;
        SourceOpener tenSeconds = Rendered.memory(rate, new float[10 * rate]);
        EdlException late = assertThrows(EdlException.class, () -> Renderer.plan(tenSeconds, EditList.of(new Edit.Pause(12, 1))));
        assertEquals("edit 1 (pause): at 12.0 is outside the source (10.000 s long)", late.getMessage());
        EdlException tone = assertThrows(EdlException.class, () -> Renderer.plan(tenSeconds, EditList.of(new Edit.RoomTone(11, 12))));
        assertEquals("edit 1 (roomTone): start 11.0 is outside the source (10.000 s long)", tone.getMessage());
        EdlException missing = assertThrows(EdlException.class, () -> Renderer.plan(tenSeconds,
                EditList.of(new Edit.Cut(1, 2), new Edit.Layer(Path.of("/no/such/bed.wav"), 1, 0, Double.NaN, 0, 0, 0, false, Double.NaN, null))));
        assertEquals("edit 2 (layer): file /no/such/bed.wav not found", missing.getMessage());
    }

    private static void assertError(String expected, String edit) {
        EdlException e = assertThrows(EdlException.class, () -> EdlFormat.parse("e.json", "{\"edits\": [" + edit + "]}"));
        assertEquals(expected, e.getMessage());
    }
}
