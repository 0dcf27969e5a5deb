package org.headroom.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.headroom.preset.DeliveryPreset;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesTheContractFieldsWithNullForUndefined() throws Exception {
        JsonNode n = JSON.readTree(JsonReportWriter.toLine(SampleReports.podcast("take1.wav")));
        assertEquals("take1.wav", n.get("file").asText());
        assertEquals(48000, n.at("/format/sampleRate").asInt());
        assertEquals(24, n.at("/format/bitsPerSample").asInt());
        assertEquals("PCM", n.at("/format/bitRateMode").asText());
        assertTrue(n.at("/levels/truePeakDbtp").isNull(), "NaN true peak is null");
        assertTrue(n.at("/levels/channels/1/dcOffset").isNull(), "-infinity is null");
        assertEquals(-20.12, n.at("/levels/rmsDbfs").asDouble(), 0.0, "dB rounded to 2 decimals");
        assertEquals(-16.4, n.at("/loudness/integratedLufs").asDouble(), 0.0);
        assertEquals(-12.35, n.at("/loudness/maxShortTermLufs").asDouble(), 0.0);
        assertEquals("POSITIVE", n.at("/clipping/events/0/polarity").asText());
        assertEquals(1.5, n.at("/clipping/events/0/startSeconds").asDouble(), 0.0);
        assertEquals(50.0, n.at("/noise/hum/frequencyHz").asDouble(), 0.0);
        assertEquals("CLIPPING", n.at("/findings/0/kind").asText());
        assertEquals(1, n.at("/findings/0/channel").asInt(), "channels counted from 1, as the text says \"Channel 1\"");
        assertTrue(n.at("/noise/hiss").asBoolean());
        assertFalse(n.has("preset"), "no preset object without --preset");
    }

    @Test
    void silentFileHasNullsAndNeverNanOrMinus70() throws Exception {
        String line = JsonReportWriter.toLine(SampleReports.silent("s.flac"));
        assertFalse(line.contains("NaN"));
        assertFalse(line.contains("Infinity"));
        assertFalse(line.contains("-70"));
        JsonNode n = JSON.readTree(line);
        assertTrue(n.at("/loudness/integratedLufs").isNull());
        assertTrue(n.at("/noise/noiseFloorDbfs").isNull());
        assertTrue(n.at("/noise/hum").isNull());
    }

    @Test
    void writesOneObjectPerLine() throws Exception {
        StringWriter out = new StringWriter();
        JsonReportWriter w = new JsonReportWriter(out);
        w.write(SampleReports.podcast("a.wav"));
        w.write(SampleReports.silent("b.flac"));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        assertEquals("b.flac", JSON.readTree(lines[1]).get("file").asText());
    }

    @Test
    void presetObjectCarriesTargetMeasuredAndStatus() throws Exception {
        DeliveryPreset podcast = new DeliveryPreset("podcast-stereo", "Podcast, stereo", -16.0, 1.0, null, -1.0,
                null, null, null, null, Map.of("integratedLufs", "Apple"), "test");
        Report checked = PresetChecker.apply(SampleReports.podcast("a.wav"), podcast);
        JsonNode p = JSON.readTree(JsonReportWriter.toLine(checked)).get("preset");
        assertEquals("podcast-stereo", p.get("name").asText());
        assertTrue(p.get("passed").asBoolean());
        assertEquals(List.of("integratedLufs", "truePeakMaxDbtp"),
                List.of(p.at("/items/0/figure").asText(), p.at("/items/1/figure").asText()));
        assertEquals(-16.0, p.at("/items/0/target").asDouble(), 0.0);
        assertEquals(-16.4, p.at("/items/0/measured").asDouble(), 0.0);
        assertEquals("PASS", p.at("/items/0/status").asText());
        assertTrue(p.at("/items/1/measured").isNull());
    }

    @Test
    void exampleOutputIsStable() {
        assertEquals(EXAMPLE, JsonReportWriter.toLine(SampleReports.podcast("take1.wav")));
    }

    /** The JSON Lines record for {@link SampleReports#podcast}; see the report of this work. */
    static final String EXAMPLE = "{\"file\":\"take1.wav\",\"format\":{\"container\":\"WAV\",\"encoding\":\"PCM\",\"sampleRate\":48000,\"bitsPerSample\":24,\"channels\":2,\"frames\":4320000,\"durationSeconds\":90,\"bitRateKbps\":2304,\"bitRateMode\":\"PCM\"}"
            + ",\"levels\":{\"samplePeakDbfs\":-0.5,\"truePeakDbtp\":null,\"rmsDbfs\":-20.12,\"effectiveBits\":24,\"channels\":[{\"samplePeakDbfs\":-0.5,\"truePeakDbtp\":-0.3,\"rmsDbfs\":-20,\"dcOffset\":0.0001},{\"samplePeakDbfs\":-1.25,\"truePeakDbtp\":null,\"rmsDbfs\":-20.25,\"dcOffset\":null}]}"
            + ",\"loudness\":{\"integratedLufs\":-16.4,\"loudnessRangeLu\":5.2,\"maxMomentaryLufs\":-10,\"maxShortTermLufs\":-12.35}"
            + ",\"clipping\":{\"rule\":\"3+ consecutive samples at full scale\",\"clippedSamples\":4,\"eventCount\":1,\"eventsListed\":1,\"events\":[{\"channel\":1,\"startFrame\":72000,\"startSeconds\":1.5,\"lengthSamples\":4,\"polarity\":\"POSITIVE\"}]}"
            + ",\"noise\":{\"noiseFloorDbfs\":-65,\"snrDb\":44.6,\"hum\":{\"frequencyHz\":50,\"levelDbfs\":-71.23},\"wind\":false,\"hiss\":true}"
            + ",\"findings\":[{\"kind\":\"CLIPPING\",\"severity\":\"ERROR\",\"channel\":1,\"startSeconds\":1.5,\"endSeconds\":1.5,\"value\":4,\"rule\":\"3+ consecutive samples at full scale\",\"message\":\"4 samples clipped at the top of the wave.\"}]"
            + ",\"metadata\":{\"bext.originator\":\"Recorder, \\\"field\\\" unit\"}}";
}
