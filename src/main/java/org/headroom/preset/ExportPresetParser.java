package org.headroom.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Validates {@code presets/export/*.json}, in the style of the delivery presets: unknown fields and untraced figures are refused. */
final class ExportPresetParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("name", "title", "codec", "sampleRate", "channels", "bitsPerSample",
            "floatSamples", "bitrateMode", "bitrateKbps", "vbrQuality", "encoderQuality", "bwf", "integratedLufs",
            "truePeakCeilingDbtp", "delivery", "sources", "notes");
    private static final Set<Integer> MP3_RATES = Set.of(32000, 44100, 48000);
    private static final Set<Integer> MP3_BITRATES = Set.of(32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320);

    private ExportPresetParser() {
    }

    static ExportPreset parse(String expectedName, PresetText text) throws PresetException {
        JsonNode root;
        try {
            root = JSON.readTree(text.text());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new PresetException(text.displayName() + ": not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
        }
        PresetFields f = new PresetFields(text.displayName(), root);
        f.allowOnly(FIELDS);
        String name = f.requiredText("name");
        if (!name.equals(expectedName)) throw f.error("'name' is \"" + name + "\" but the file is named " + expectedName + ".json");
        String codec = f.requiredText("codec");
        if (!Set.of("wav", "flac", "mp3").contains(codec)) throw f.error("'codec' must be \"wav\", \"flac\" or \"mp3\"");
        Integer rate = optionalInt(root, f, "sampleRate", 8000, 384000);
        Integer channels = optionalInt(root, f, "channels", 1, codec.equals("mp3") ? 2 : 8);
        Integer bits = optionalInt(root, f, "bitsPerSample", 8, 32);
        boolean isFloat = flag(root, f, "floatSamples");
        boolean bwf = flag(root, f, "bwf");
        String mode = optionalText(root, f, "bitrateMode");
        Integer kbps = optionalInt(root, f, "bitrateKbps", 32, 320);
        Integer vbrQ = optionalInt(root, f, "vbrQuality", 0, 9);
        Integer encQ = optionalInt(root, f, "encoderQuality", 0, 9);
        checkFormat(f, codec, rate, bits, isFloat, bwf, mode, kbps, vbrQ);
        // the range the editor's normalise edit takes: an export normalises with it
        Double lufs = f.optionalNumber("integratedLufs", -50, -5);
        Double ceiling = f.optionalNumber("truePeakCeilingDbtp", -20, 0);
        if (lufs != null && ceiling == null) throw f.error("'integratedLufs' needs 'truePeakCeilingDbtp' for the limiter");
        String delivery = optionalText(root, f, "delivery");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("sampleRate", rate);
        figures.put("channels", channels);
        figures.put("bitsPerSample", bits);
        figures.put("bitrateKbps", kbps);
        figures.put("vbrQuality", vbrQ);
        figures.put("integratedLufs", lufs);
        figures.put("truePeakCeilingDbtp", ceiling);
        Map<String, String> sources = f.textMap("sources");
        f.requireSources(figures, sources);
        return new ExportPreset(name, f.requiredText("title"), codec, rate, channels, bits, isFloat, mode, kbps, vbrQ, encQ,
                bwf, lufs, ceiling, delivery, sources, text.displayName());
    }

    private static void checkFormat(PresetFields f, String codec, Integer rate, Integer bits, boolean isFloat, boolean bwf,
                                    String mode, Integer kbps, Integer vbrQ) throws PresetException {
        if (codec.equals("mp3")) {
            if (bits != null || isFloat || bwf) throw f.error("MP3 takes no 'bitsPerSample', 'floatSamples' or 'bwf'");
            if (rate != null && !MP3_RATES.contains(rate)) throw f.error("'sampleRate' for MP3 must be 32000, 44100 or 48000");
            if ("CBR".equals(mode)) {
                if (kbps == null || !MP3_BITRATES.contains(kbps)) throw f.error("'bitrateKbps' must be an MPEG-1 layer III bit rate " + new java.util.TreeSet<>(MP3_BITRATES));
            } else if ("VBR".equals(mode)) {
                if (vbrQ == null) throw f.error("VBR needs 'vbrQuality' (0 best ... 9)");
            } else {
                throw f.error("'bitrateMode' must be \"CBR\" or \"VBR\" for MP3");
            }
            return;
        }
        if (mode != null || kbps != null || vbrQ != null) throw f.error("'bitrateMode', 'bitrateKbps' and 'vbrQuality' are for MP3 only");
        if (bits == null) throw f.error("'bitsPerSample' is required for " + codec);
        if (codec.equals("flac") && (isFloat || bits != 16 && bits != 24)) throw f.error("FLAC export is 16 or 24-bit");
        if (codec.equals("flac") && bwf) throw f.error("'bwf' is for WAV only");
        if (isFloat && bits != 32) throw f.error("float WAV is 32-bit");
        if (!isFloat && bits != 8 && bits != 16 && bits != 24 && bits != 32) throw f.error("'bitsPerSample' must be 8, 16, 24 or 32");
    }

    private static Integer optionalInt(JsonNode root, PresetFields f, String name, int min, int max) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return null;
        return f.requiredInt(name, min, max);
    }

    private static String optionalText(JsonNode root, PresetFields f, String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return null;
        return f.requiredText(name);
    }

    private static boolean flag(JsonNode root, PresetFields f, String name) throws PresetException {
        JsonNode n = root.get(name);
        if (n == null || n.isNull()) return false;
        if (!n.isBoolean()) throw f.error("'" + name + "' must be true or false");
        return n.asBoolean();
    }
}
