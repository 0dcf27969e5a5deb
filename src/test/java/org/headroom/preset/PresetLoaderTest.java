package org.headroom.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.headroom.detect.DetectionThresholds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetLoaderTest {
    @TempDir
    Path dir;

    /** Only the copies bundled on the classpath (target/classes/presets, from presets/). */
    private static final PresetLoader BUNDLED = PresetLoader.of(List.of());

    private Path write(String relative, String json) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    @Test
    void everyBundledPresetLoadsAndValidates() throws Exception {
        Set<String> names = BUNDLED.deliveryNames();
        assertEquals(Set.of("ebu-r128", "atsc-a85", "podcast-stereo", "podcast-mono", "streaming", "aes-td1008", "acx"), names);
        for (String name : names) {
            DeliveryPreset p = BUNDLED.delivery(name);
            assertEquals(name, p.name());
        }
    }

    @Test
    void bundledFiguresMatchTheStandards() throws Exception {
        DeliveryPreset ebu = BUNDLED.delivery("ebu-r128");
        assertEquals(-23.0, ebu.integratedLufs());
        assertEquals(0.5, ebu.toleranceLu());
        assertEquals(0.2, ebu.qcToleranceLu());
        assertEquals(-1.0, ebu.truePeakMaxDbtp());
        assertTrue(ebu.sourceOf("integratedLufs").contains("EBU R 128"));
        DeliveryPreset atsc = BUNDLED.delivery("atsc-a85");
        assertEquals(List.of(-24.0, 2.0, -2.0), List.of(atsc.integratedLufs(), atsc.toleranceLu(), atsc.truePeakMaxDbtp()));
        DeliveryPreset mono = BUNDLED.delivery("podcast-mono");
        assertEquals(List.of(-19.0, 1.0, -1.0), List.of(mono.integratedLufs(), mono.toleranceLu(), mono.truePeakMaxDbtp()));
        DeliveryPreset streaming = BUNDLED.delivery("streaming");
        assertEquals(-14.0, streaming.integratedLufs());
        assertEquals(null, streaming.toleranceLu());
        DeliveryPreset acx = BUNDLED.delivery("acx");
        assertEquals(List.of(-23.0, -18.0, -3.0, -60.0),
                List.of(acx.rmsMinDbfs(), acx.rmsMaxDbfs(), acx.samplePeakMaxDbfs(), acx.noiseFloorMaxDbfs()));
        assertEquals(null, acx.integratedLufs());
    }

    @Test
    void bundledAnalysisDefaultsGiveTheAudacityClipRule() throws Exception {
        AnalysisDefaults d = BUNDLED.analysisDefaults();
        assertEquals(3, d.clipRun());
        assertEquals(0.0, d.clipThresholdDbfs());
        assertEquals(-1.0, d.truePeakCeilingDbtp());
        assertEquals(-60.0, d.detection().noiseFloorWarnDbfs());
    }

    /** Data and code cannot drift apart: the file gives every threshold, each equal to the fallback in code. */
    @Test
    void bundledDetectionGivesEveryThresholdEqualToTheDefaults() throws Exception {
        AnalysisDefaults d = BUNDLED.analysisDefaults();
        assertEquals(DetectionThresholds.DEFAULTS, d.detection());
        JsonNode detection = new ObjectMapper().readTree(Files.readString(Path.of("presets/analysis.json"))).get("detection");
        List<String> given = new ArrayList<>();
        detection.fieldNames().forEachRemaining(given::add);
        List<String> all = DetectionThresholds.LIMITS.stream().map(DetectionThresholds.Limit::name).toList();
        assertEquals(all, given, "every field, in the record's order");
        for (String name : all) {
            String source = d.sources().get("detection." + name);
            assertTrue(source.startsWith("ACX") || source.startsWith("Headroom house default"), name + ": " + source);
        }
    }

    @Test
    void usersFileMayLeaveDetectionFieldsOut() throws Exception {
        String head = "{\"clipRun\":3,\"clipThresholdDbfs\":0,\"truePeakCeilingDbtp\":-1,"
                + "\"sources\":{\"clipRun\":\"a\",\"clipThresholdDbfs\":\"b\",\"truePeakCeilingDbtp\":\"c\"";
        write("analysis.json", head + "}}");
        assertEquals(DetectionThresholds.DEFAULTS, PresetLoader.of(List.of(dir)).analysisDefaults().detection());
        write("analysis.json", head + ",\"detection.noiseFloorWarnDbfs\":\"our booth spec\"},"
                + "\"detection\":{\"noiseFloorWarnDbfs\":-65}}");
        assertEquals(DetectionThresholds.DEFAULTS.with(Map.of("noiseFloorWarnDbfs", -65.0)),
                PresetLoader.of(List.of(dir)).analysisDefaults().detection());
    }

    @Test
    void badDetectionThresholdIsOneLineNamingFileAndField() throws Exception {
        String head = "{\"clipRun\":3,\"clipThresholdDbfs\":0,\"truePeakCeilingDbtp\":-1,\"sources\":{\"clipRun\":\"a\","
                + "\"clipThresholdDbfs\":\"b\",\"truePeakCeilingDbtp\":\"c\",\"detection.snrWarnDb\":\"d\",\"detection.snrErrorDb\":\"e\"},";
        PresetLoader loader = PresetLoader.of(List.of(dir));
        Path file = write("analysis.json", head + "\"detection\":{\"snrWarnDb\":70}}");
        PresetException e = assertThrows(PresetException.class, loader::analysisDefaults);
        assertEquals(shown(file) + ": 'detection.snrWarnDb' must be a number between 0 and 60", e.getMessage());

        write("analysis.json", head + "\"detection\":{\"snrWarn\":30}}");
        assertTrue(analysisMessage(loader).contains("unknown field 'detection.snrWarn'"), analysisMessage(loader));
        write("analysis.json", head + "\"detection\":{\"snrWarnDb\":15,\"snrErrorDb\":18}}");
        assertTrue(analysisMessage(loader).endsWith("'detection' is inconsistent: snrErrorDb (18) must not be above "
                + "snrWarnDb (15): the error is the worse case"), analysisMessage(loader));
        write("analysis.json", head + "\"detection\":{\"tooQuietDbfs\":-35}}");
        assertTrue(analysisMessage(loader).endsWith("'sources' must name the document 'detection.tooQuietDbfs' comes from"));
        write("analysis.json", head + "\"detection\":[1]}");
        assertTrue(analysisMessage(loader).endsWith("'detection' must be an object { ... }"));
    }

    @Test
    void anEarlierDirectoryWinsOverTheBundledCopy() throws Exception {
        write("delivery/ebu-r128.json", "{\"name\":\"ebu-r128\",\"title\":\"House rule\",\"integratedLufs\":-24,"
                + "\"sources\":{\"integratedLufs\":\"our house style\"}}");
        write("delivery/house.json", "{\"name\":\"house\",\"title\":\"House\",\"truePeakMaxDbtp\":-2,"
                + "\"sources\":{\"truePeakMaxDbtp\":\"our house style\"}}");
        PresetLoader loader = PresetLoader.of(List.of(dir));
        assertEquals(-24.0, loader.delivery("ebu-r128").integratedLufs());
        assertTrue(loader.deliveryNames().containsAll(Set.of("house", "acx")));
        assertEquals(3, loader.analysisDefaults().clipRun(), "falls through to the bundled analysis.json");
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        PresetException e = assertThrows(PresetException.class, () -> BUNDLED.delivery("ebu"));
        assertEquals("unknown preset 'ebu'; available: acx, aes-td1008, atsc-a85, ebu-r128, podcast-mono, "
                + "podcast-stereo, streaming", e.getMessage());
        assertThrows(PresetException.class, () -> BUNDLED.delivery("../analysis"));
    }

    @Test
    void outOfRangeFigureIsOneLineNamingFileAndField() throws Exception {
        Path file = write("delivery/x.json", "{\"name\":\"x\",\"title\":\"X\",\"integratedLufs\":5,"
                + "\"sources\":{\"integratedLufs\":\"doc\"}}");
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.of(List.of(dir)).delivery("x"));
        assertEquals(shown(file) + ": 'integratedLufs' must be a number between -70 and 0", e.getMessage());
    }

    @Test
    void otherMistakesAreNamedToo() throws Exception {
        PresetLoader loader = PresetLoader.of(List.of(dir));
        write("delivery/a.json", "{\"name\":\"a\",\"title\":\"A\",\"integratedLufs\":\"-23\",\"sources\":{}}");
        assertTrue(message(loader, "a").endsWith("'integratedLufs' must be a number between -70 and 0"));
        write("delivery/b.json", "{\"name\":\"b\",\"title\":\"B\",\"integratedLufs\":-23}");
        assertTrue(message(loader, "b").endsWith("'sources' must name the document 'integratedLufs' comes from"));
        write("delivery/c.json", "{\"name\":\"c\",\"title\":\"C\",\"integratedLUFS\":-23}");
        assertTrue(message(loader, "c").contains("unknown field 'integratedLUFS'"));
        write("delivery/d.json", "{\"name\":\"d\", oops");
        assertTrue(message(loader, "d").contains("not valid JSON (line 1"), message(loader, "d"));
        write("delivery/e.json", "{\"name\":\"other\",\"title\":\"E\",\"truePeakMaxDbtp\":-1,\"sources\":{\"truePeakMaxDbtp\":\"x\"}}");
        assertTrue(message(loader, "e").contains("'name' is \"other\" but the file is named e.json"));
        write("delivery/f.json", "{\"name\":\"f\",\"title\":\"F\"}");
        assertTrue(message(loader, "f").endsWith("gives no target at all"));
        write("delivery/g.json", "[]");
        assertTrue(message(loader, "g").endsWith("must hold a JSON object { ... }"));
    }

    @Test
    void badAnalysisFileIsRefused() throws Exception {
        write("analysis.json", "{\"clipRun\":0,\"clipThresholdDbfs\":0,\"truePeakCeilingDbtp\":-1}");
        PresetException e = assertThrows(PresetException.class, () -> PresetLoader.of(List.of(dir)).analysisDefaults());
        assertTrue(e.getMessage().endsWith("analysis.json: 'clipRun' must be a whole number between 1 and 10"), e.getMessage());
    }

    @Test
    void standardSearchOrder() {
        Path home = Path.of("/home/u");
        Path jarDir = Path.of("/opt/headroom/target");
        List<Path> dirs = PresetLoader.standardDirectories(null, Map.of(PresetLoader.ENV, "/env/presets"),
                Optional.of(jarDir), home);
        assertEquals(List.of(Path.of("/env/presets"), Path.of("presets").toAbsolutePath(),
                Path.of("/opt/headroom/target/presets"), Path.of("/opt/headroom/presets"), Path.of("/home/u/.headroom/presets")), dirs);
        List<Path> withProperty = PresetLoader.standardDirectories("/prop", Map.of(PresetLoader.ENV, "/env/presets"),
                Optional.empty(), home);
        assertEquals(Path.of("/prop"), withProperty.get(0), "the system property beats the environment");
        assertEquals(3, withProperty.size());
    }

    private static String analysisMessage(PresetLoader loader) {
        return assertThrows(PresetException.class, loader::analysisDefaults).getMessage();
    }

    private static String message(PresetLoader loader, String name) {
        return assertThrows(PresetException.class, () -> loader.delivery(name)).getMessage();
    }

    private static String shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
