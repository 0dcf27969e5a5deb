package org.headroom.analysis.soundreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One take as the report shows it, read back from its {@link TakeJson} line (so a take from the
 * cache and a take just analysed are the same row). A take that could not be read has only its
 * file and {@code error}.
 *
 * @param file        the file as found (a path under the folder given, or as given)
 * @param error       why it could not be read, or null
 * @param meta        production metadata; null when unreadable
 * @param format      "WAV PCM 24-bit", "FLAC 16-bit"...; "" when unreadable
 * @param sampleRate  Hz, 0 when unreadable
 * @param channels    0 when unreadable
 * @param seconds     duration, null when unknown
 * @param samplePeakDbfs  loudest sample of any channel, null in digital silence
 * @param truePeakDbtp    loudest true peak, null in digital silence
 * @param integratedLufs  integrated loudness, null when no block passed the gates
 * @param noiseFloorDbfs  noise floor, null when unknown
 * @param clipEvents  every clipped run, all channels
 * @param unfinished  a {@code .recording} take read as it is
 * @param findings    in the analysis's order
 * @param trace       the loudness picture
 * @param json        the line itself, for {@code --json} and the cache
 */
public record TakeRow(String file, String error, TakeMetadata meta, String format, int sampleRate, int channels, Double seconds,
                      Double samplePeakDbfs, Double truePeakDbtp, Double integratedLufs, Double noiseFloorDbfs,
                      long clipEvents, boolean unfinished, List<Item> findings, LoudnessPicture.Trace trace, String json) {

    public TakeRow {
        findings = List.copyOf(findings);
    }

    /**
     * A finding as a row lists it.
     *
     * @param channel  0-based, or null for the whole programme
     * @param timecode the take's own timecode at the start, "" without a time reference
     */
    public record Item(String kind, String severity, Integer channel, double startSeconds, double endSeconds, String message,
                       String timecode) {
    }

    public boolean readable() {
        return error == null;
    }

    /** An ERROR finding, or unreadable: what the header counts as "takes with errors". */
    public boolean hasErrors() {
        return !readable() || findings.stream().anyMatch(f -> f.severity().equals("ERROR"));
    }

    /** The row a JSON line describes. */
    public static TakeRow parse(String line, LoudnessPicture.Trace trace) throws IOException {
        JsonNode n = TakeJson.MAPPER.readTree(line);
        String file = n.path("file").asText();
        if (n.hasNonNull("error")) {
            return new TakeRow(file, n.get("error").asText(), null, "", 0, 0, null, null, null, null, null, 0, false, List.of(),
                    LoudnessPicture.Trace.NONE, line);
        }
        JsonNode f = n.path("format");
        int rate = f.path("sampleRate").asInt();
        int channels = f.path("channels").asInt();
        Map<String, String> raw = new LinkedHashMap<>();
        n.path("metadata").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("bext.") || e.getKey().startsWith("ixml.")) raw.put(e.getKey(), e.getValue().asText());
        });
        List<Item> items = new ArrayList<>();
        for (JsonNode x : n.path("findings")) {
            items.add(new Item(x.path("kind").asText(), x.path("severity").asText(),
                    x.hasNonNull("channel") ? x.get("channel").asInt() : null, x.path("startSeconds").asDouble(),
                    x.path("endSeconds").asDouble(), x.path("message").asText(), x.path("timecode").asText("")));
        }
        return new TakeRow(file, null, TakeMetadata.of(raw, rate, channels), formatText(f), rate, channels,
                number(f.get("durationSeconds")), number(n.path("levels").get("samplePeakDbfs")),
                number(n.path("levels").get("truePeakDbtp")), number(n.path("loudness").get("integratedLufs")),
                number(n.path("noise").get("noiseFloorDbfs")), n.path("clipping").path("eventCount").asLong(),
                n.path("metadata").path("unfinishedRecording").asBoolean(), items, trace, line);
    }

    /** "WAV PCM 24-bit", "MP3 CBR 192 kbit/s": container, encoding when it says more, and the depth or bit rate. */
    private static String formatText(JsonNode f) {
        String container = f.path("container").asText("");
        String encoding = f.path("encoding").asText("");
        StringBuilder s = new StringBuilder(container);
        if (!encoding.isEmpty() && !encoding.equalsIgnoreCase(container)) s.append(' ').append(encoding);
        if (f.hasNonNull("bitsPerSample")) s.append(' ').append(f.get("bitsPerSample").asInt()).append("-bit");
        else if (f.hasNonNull("bitRateKbps")) s.append(' ').append(Math.round(f.get("bitRateKbps").asDouble())).append(" kbit/s");
        return s.toString().strip();
    }

    private static Double number(JsonNode v) {
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }
}
