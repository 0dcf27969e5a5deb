package org.headroom.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.TreeMap;
import org.headroom.detect.Finding;

/**
 * Writes reports as JSON Lines: one object per file, one per line. The field names are a
 * contract with scripts; undefined quantities are {@code null}, never NaN or -Infinity.
 * The tree is built by hand rather than by data binding so a renamed Java field cannot
 * silently change the contract.
 */
public final class JsonReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Writer out;

    public JsonReportWriter(Writer out) {
        this.out = out;
    }

    /** One line, ending in a newline. */
    public void write(Report report) throws IOException {
        out.write(toLine(report));
        out.write('\n');
        out.flush();
    }

    /** The report as one line of JSON, without a newline. */
    public static String toLine(Report report) {
        try {
            return MAPPER.writeValueAsString(toJson(report));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    public static ObjectNode toJson(Report r) {
        ObjectNode root = NODES.objectNode();
        root.put("file", r.file());
        root.set("format", format(r.format()));
        root.set("levels", levels(r.levels()));
        root.set("loudness", loudness(r.loudness()));
        root.set("clipping", clipping(r.clipping()));
        root.set("noise", noise(r.noise()));
        ArrayNode findings = root.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode metadata = root.putObject("metadata");
        new TreeMap<>(r.metadata()).forEach(metadata::put);
        if (r.delivery() != null) root.set("preset", delivery(r.delivery()));
        return root;
    }

    private static ObjectNode format(Report.FormatInfo f) {
        if (f == null) return null;
        ObjectNode n = NODES.objectNode();
        n.put("container", f.container());
        n.put("encoding", f.encoding());
        n.put("sampleRate", f.sampleRate());
        n.put("bitsPerSample", f.bitsPerSample());
        n.put("channels", f.channels());
        n.put("frames", f.frames());
        n.put("durationSeconds", Rounding.round(f.durationSeconds(), Rounding.SECONDS));
        n.put("bitRateKbps", Rounding.round(f.bitRateKbps(), Rounding.KBPS));
        n.put("bitRateMode", f.bitRateMode());
        return n;
    }

    private static ObjectNode levels(Report.Levels l) {
        if (l == null) return null;
        ObjectNode n = NODES.objectNode();
        n.put("samplePeakDbfs", db(l.samplePeakDbfs()));
        n.put("truePeakDbtp", db(l.truePeakDbtp()));
        n.put("rmsDbfs", db(l.rmsDbfs()));
        n.put("effectiveBits", l.effectiveBits());
        ArrayNode channels = n.putArray("channels");
        for (Report.ChannelLevels c : l.channels()) {
            ObjectNode cn = channels.addObject();
            cn.put("samplePeakDbfs", db(c.samplePeakDbfs()));
            cn.put("truePeakDbtp", db(c.truePeakDbtp()));
            cn.put("rmsDbfs", db(c.rmsDbfs()));
            cn.put("dcOffset", Rounding.round(c.dcOffset(), Rounding.DC));
        }
        return n;
    }

    private static ObjectNode loudness(Report.Loudness l) {
        if (l == null) return null;
        ObjectNode n = NODES.objectNode();
        n.put("integratedLufs", db(l.integratedLufs()));
        n.put("loudnessRangeLu", db(l.loudnessRangeLu()));
        n.put("maxMomentaryLufs", db(l.maxMomentaryLufs()));
        n.put("maxShortTermLufs", db(l.maxShortTermLufs()));
        return n;
    }

    private static ObjectNode clipping(Report.Clipping c) {
        if (c == null) return null;
        ObjectNode n = NODES.objectNode();
        n.put("rule", c.rule());
        n.put("clippedSamples", c.clippedSamples());
        n.put("eventCount", c.eventCount());
        n.put("eventsListed", c.events().size()); // the first eventsListed of eventCount
        ArrayNode events = n.putArray("events");
        for (Report.ClipEventInfo e : c.events()) {
            ObjectNode en = events.addObject();
            en.put("channel", Finding.channelNumber(e.channel()));
            en.put("startFrame", e.startFrame());
            en.put("startSeconds", Rounding.round(e.startSeconds(), Rounding.SECONDS));
            en.put("lengthSamples", e.lengthSamples());
            en.put("polarity", e.polarity() == null ? null : e.polarity().name());
        }
        return n;
    }

    private static ObjectNode noise(Report.Noise x) {
        if (x == null) return null;
        ObjectNode n = NODES.objectNode();
        n.put("noiseFloorDbfs", db(x.noiseFloorDbfs()));
        n.put("snrDb", db(x.snrDb()));
        if (x.hum() == null) {
            n.putNull("hum");
        } else {
            ObjectNode h = n.putObject("hum");
            h.put("frequencyHz", Rounding.round(x.hum().frequencyHz(), Rounding.HZ));
            h.put("levelDbfs", db(x.hum().levelDbfs()));
        }
        n.put("wind", x.wind());
        n.put("hiss", x.hiss());
        return n;
    }

    /**
     * One finding as the report lists it; also each line the live monitor streams.
     * channel is null for the whole programme (Finding.ALL_CHANNELS), else 0-based.
     */
    public static ObjectNode finding(Finding f) {
        ObjectNode n = NODES.objectNode();
        n.put("kind", f.kind().name());
        n.put("severity", f.severity().name());
        n.put("channel", f.channelNumber());
        n.put("startSeconds", Rounding.round(f.startSeconds(), Rounding.SECONDS));
        n.put("endSeconds", Rounding.round(f.endSeconds(), Rounding.SECONDS));
        n.put("value", db(f.value()));
        n.put("rule", f.rule());
        n.put("message", f.message());
        return n;
    }

    private static ObjectNode delivery(DeliveryCheck d) {
        ObjectNode n = NODES.objectNode();
        n.put("name", d.preset());
        n.put("title", d.title());
        n.put("passed", d.passed());
        ArrayNode items = n.putArray("items");
        for (DeliveryCheck.Item i : d.items()) {
            ObjectNode in = items.addObject();
            in.put("figure", i.figure());
            in.put("label", i.label());
            in.put("unit", i.unit());
            in.put("target", db(i.target()));
            in.put("min", db(i.min()));
            in.put("max", db(i.max()));
            in.put("measured", db(i.measured()));
            in.put("status", i.status().name());
            in.put("source", i.source());
        }
        return n;
    }

    private static java.math.BigDecimal db(Double v) {
        return Rounding.round(v, Rounding.DB);
    }
}
