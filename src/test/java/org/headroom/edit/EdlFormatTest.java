package org.headroom.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdlFormatTest {

    @Test
    void theIssuesExampleParses() throws Exception {
        EditList list = EdlFormat.parse("edits.json", "{\"crossfadeMs\": 10, \"edits\": [{\"op\": \"cut\", \"start\": 5.0, \"end\": 7.5},"
                + " {\"op\": \"fadeIn\", \"length\": 1.0, \"shape\": \"equal-power\"}, {\"op\": \"fadeOut\", \"length\": 2.0, \"shape\": \"linear\"},"
                + " {\"op\": \"gain\", \"db\": -3.0}]}");
        assertEquals(10.0, list.crossfadeMs());
        assertEquals(List.of(new Edit.Cut(5.0, 7.5), new Edit.FadeIn(1.0, FadeShape.EQUAL_POWER),
                new Edit.FadeOut(2.0, FadeShape.LINEAR), new Edit.Gain(-3.0)), list.edits());
    }

    @Test
    void everyShapeNameIsRead() throws Exception {
        for (String name : List.of("linear", "log", "exp", "equal-power", "s-curve")) {
            EditList l = EdlFormat.parse("e.json", "{\"edits\": [{\"op\": \"fadeIn\", \"length\": 1, \"shape\": \"" + name + "\"}]}");
            assertEquals(name, ((Edit.FadeIn) l.edits().get(0)).shape().jsonName());
        }
    }

    @Test
    void errorsAreOneLineNamingTheFileTheEditAndTheReason() {
        assertError("edits.json: edit 2 (cut): end 7.5 is before start 9.0",
                "{\"edits\": [{\"op\": \"gain\", \"db\": 1}, {\"op\": \"cut\", \"start\": 9.0, \"end\": 7.5}]}");
        assertError("edits.json: edit 1: unknown op 'cutt' (cut, trim, split, silence, insert, gain, fadeIn, fadeOut, crossfade, "
                + "highPass, humNotch, normalisePeak, normaliseLoudness, layer, roomTone, pause, eq, compress, level, denoise, declip, reverb)", "{\"edits\": [{\"op\": \"cutt\"}]}");
        assertError("edits.json: edit 1 (cut): unknown field 'stop'", "{\"edits\": [{\"op\": \"cut\", \"start\": 1, \"stop\": 2, \"end\": 3}]}");
        assertError("edits.json: edit 1 (fadeIn): \"length\" is missing", "{\"edits\": [{\"op\": \"fadeIn\"}]}");
        assertError("edits.json: edit 1 (fadeOut): unknown shape 'cubic' (linear, log, exp, equal-power, s-curve)",
                "{\"edits\": [{\"op\": \"fadeOut\", \"length\": 1, \"shape\": \"cubic\"}]}");
        assertError("edits.json: edit 1 (gain): \"db\" must be a number, not \"loud\"", "{\"edits\": [{\"op\": \"gain\", \"db\": \"loud\"}]}");
        assertError("edits.json: \"edits\" is missing", "{\"crossfadeMs\": 10}");
        assertError("edits.json: unknown key 'crossfade' (crossfadeMs, crossfadeShape, edits)", "{\"crossfade\": 10, \"edits\": []}");
        assertError("edits.json: not valid JSON at line 1, column 12 (Unexpected end-of-input)",
                "{\"edits\": [");
    }

    @Test
    void writeThenParseGivesTheSameList() throws Exception {
        EditList list = EditList.of(new Edit.Cut(1, 2), new Edit.Gain(-2, 0.5, 0.7), new Edit.HumNotch(50, 3, 20))
                .withCrossfade(25, FadeShape.S_CURVE);
        assertEquals(list, EdlFormat.parse("x", EdlFormat.write(list)));
    }

    private static void assertError(String expected, String json) {
        EdlException e = assertThrows(EdlException.class, () -> EdlFormat.parse("edits.json", json));
        assertEquals(expected, e.getMessage());
    }
}
