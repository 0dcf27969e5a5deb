package org.headroom.analysis.soundreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.headroom.audio.PartFile;

/**
 * Takes already analysed, kept beside the report ({@code REPORT.html.cache}, JSON Lines) so a
 * report re-run as more cards arrive reads only the new takes. A take is found again by its
 * absolute path, size, modification time and a SHA-256 of its first MiB: a file rewritten in
 * place with the same size and time (a recorder's header fix) still misses. The first line
 * holds what the results depend on (Headroom's version and the analysis settings); when that
 * differs, nothing is reused. A cache that cannot be read is ignored, never an error: it only
 * saves time. Unreadable takes are not kept, so a file fixed since is read again.
 */
public final class ReportCache {
    static final int HEAD_BYTES = 1 << 20;
    private static final String FORMAT = "headroom-report-cache/1";

    private final Path file;
    private final String fingerprint;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Whether the file on disk differs from {@link #entries}: a run that read nothing new writes nothing. */
    private volatile boolean dirty = true;

    /** What identifies a file's contents cheaply. */
    public record Key(String path, long size, long modifiedMillis, String headSha256) {
        /** Reads the file's size, time and first MiB. */
        public static Key of(Path file) throws IOException {
            Path abs = file.toAbsolutePath().normalize();
            long size = Files.size(abs);
            long modified = Files.getLastModifiedTime(abs).toMillis();
            return new Key(abs.toString(), size, modified, headHash(abs));
        }
    }

    private record Entry(String line, LoudnessPicture.Trace trace) {
    }

    private ReportCache(Path file, String fingerprint) {
        this.file = file;
        this.fingerprint = fingerprint;
    }

    /** The cache for a report written to {@code report}: {@code report.cache} beside it. */
    public static Path beside(Path report) {
        return report.resolveSibling(report.getFileName() + ".cache");
    }

    /** Loads what {@code file} holds for these settings; empty when it is missing, damaged or made for other settings. */
    public static ReportCache load(Path file, String fingerprint) {
        ReportCache c = new ReportCache(file, fingerprint);
        if (!Files.isRegularFile(file)) return c;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty()) return c;
            JsonNode head = TakeJson.MAPPER.readTree(lines.get(0));
            if (!FORMAT.equals(head.path("format").asText()) || !fingerprint.equals(head.path("settings").asText())) return c;
            for (String line : lines.subList(1, lines.size())) {
                JsonNode n = TakeJson.MAPPER.readTree(line);
                JsonNode k = n.path("key");
                Key key = new Key(k.path("path").asText(), k.path("size").asLong(), k.path("modified").asLong(), k.path("head").asText());
                c.entries.put(key, new Entry(TakeJson.MAPPER.writeValueAsString(n.path("take")), trace(n.path("trace"))));
            }
            c.dirty = false;
        } catch (IOException | RuntimeException e) {
            c.entries.clear(); // a damaged cache costs one full re-read, nothing more
        }
        return c;
    }

    /** The cached row for this key, or null. */
    public TakeRow get(Key key) {
        Entry e = entries.get(key);
        if (e == null) return null;
        try {
            return TakeRow.parse(e.line(), e.trace());
        } catch (IOException ex) {
            return null;
        }
    }

    public void put(Key key, TakeRow row) {
        if (row.readable()) {
            entries.put(key, new Entry(row.json(), row.trace()));
            dirty = true;
        }
    }

    public int size() {
        return entries.size();
    }

    /** Writes the cache atomically; entries for files no longer in the report are kept (another card may come back). */
    public void save() throws IOException {
        if (!dirty) return;
        StringBuilder out = new StringBuilder();
        ObjectNode head = TakeJson.MAPPER.createObjectNode();
        head.put("format", FORMAT);
        head.put("settings", fingerprint);
        out.append(TakeJson.MAPPER.writeValueAsString(head)).append('\n');
        List<Map.Entry<Key, Entry>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::path)));
        for (Map.Entry<Key, Entry> e : sorted) {
            ObjectNode n = TakeJson.MAPPER.createObjectNode();
            ObjectNode k = n.putObject("key");
            k.put("path", e.getKey().path());
            k.put("size", e.getKey().size());
            k.put("modified", e.getKey().modifiedMillis());
            k.put("head", e.getKey().headSha256());
            n.set("take", TakeJson.MAPPER.readTree(e.getValue().line()));
            ObjectNode t = n.putObject("trace");
            e.getValue().trace().momentaryLufs().forEach(t.putArray("momentary")::add);
            ArrayNode s = t.putArray("shortTerm");
            e.getValue().trace().shortTermLufs().forEach(s::add);
            out.append(TakeJson.MAPPER.writeValueAsString(n)).append('\n');
        }
        PartFile.writeText(file, out.toString());
        dirty = false;
    }

    private static LoudnessPicture.Trace trace(JsonNode t) {
        return new LoudnessPicture.Trace(numbers(t.path("momentary")), numbers(t.path("shortTerm")));
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        for (JsonNode v : array) out.add(v.isNumber() ? v.asDouble() : null);
        return out;
    }

    private static String headHash(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            sha.update(in.readNBytes(HEAD_BYTES));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
