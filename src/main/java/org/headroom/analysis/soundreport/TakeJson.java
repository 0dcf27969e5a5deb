package org.headroom.analysis.soundreport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.headroom.analysis.JsonReportWriter;
import org.headroom.analysis.Report;
import org.headroom.detect.Finding;

/**
 * A take as one line of JSON: the analyze contract ({@link JsonReportWriter}) with the sound
 * report's fields added — in {@code metadata} the production fields read by {@link TakeMetadata}
 * (next to the raw bext./ixml. entries), in each finding its {@code timecode}, and a top-level
 * {@code timecode}. The report's HTML and CSV are drawn from this line, fresh or from the cache,
 * so both give the same page.
 */
public final class TakeJson {
    /**
     * Clip events kept per take ({@code clipping.eventsListed} says how many; {@code eventCount}
     * still counts them all): a badly clipped take lists 10 000 in {@code analyze}, about 1 MB of
     * JSON, and a day of such takes must fit in the report's memory and cache.
     */
    static final int LISTED_CLIP_EVENTS = 100;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private TakeJson() {
    }

    /** The line for a take that was read; {@code unfinished} for a {@code .recording} file read as it is. */
    public static String line(Report r, boolean unfinished) {
        int rate = r.format().sampleRate();
        TakeMetadata meta = TakeMetadata.of(r.metadata(), rate, r.format().channels());
        ObjectNode root = JsonReportWriter.toJson(r);
        ObjectNode m = (ObjectNode) root.get("metadata");
        m.put("project", meta.project());
        m.put("scene", meta.scene());
        m.put("take", meta.take());
        m.put("circled", meta.circled());
        m.put("tape", meta.tape());
        m.put("notes", meta.notes());
        m.put("date", meta.date());
        ArrayNode tracks = m.putArray("tracks");
        meta.tracks().forEach(tracks::add);
        ArrayNode flags = m.putArray("flags");
        meta.flags().forEach(flags::add);
        m.put("unfinishedRecording", unfinished);
        ArrayNode findings = (ArrayNode) root.get("findings");
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            String tc = meta.timecodeAt(f.startFrame(), rate);
            ((ObjectNode) findings.get(i)).put("timecode", tc.isEmpty() ? null : tc);
        }
        root.set("timecode", timecode(meta, r, rate));
        if (root.get("clipping") instanceof ObjectNode clipping && clipping.get("events") instanceof ArrayNode events
                && events.size() > LISTED_CLIP_EVENTS) {
            while (events.size() > LISTED_CLIP_EVENTS) events.remove(events.size() - 1);
            clipping.put("eventsListed", LISTED_CLIP_EVENTS);
        }
        return write(root);
    }

    /** The line for a file that could not be read. */
    public static String unreadable(String file, String why) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("error", why);
        return write(root);
    }

    private static ObjectNode timecode(TakeMetadata meta, Report r, int rate) {
        if (meta.startSample() < 0) return null;
        ObjectNode t = MAPPER.createObjectNode();
        t.put("start", meta.startTimecode());
        Long frames = r.format().frames();
        t.put("end", frames == null ? null : meta.timecodeAt(frames, rate));
        t.put("rate", meta.rate() == null ? null : meta.rate().describe());
        t.put("dropFrame", meta.rate() != null && meta.rate().dropFrame());
        t.put("startSamples", meta.startSample());
        t.put("timestampRate", meta.timestampRate());
        return t;
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
