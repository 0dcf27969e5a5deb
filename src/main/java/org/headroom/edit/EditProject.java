package org.headroom.edit;

import org.headroom.audio.PartFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The project file: the edit list of one recording, saved next to it ({@code take.wav} →
 * {@code take.wav.headroom.json}), and its autosave ({@code take.wav.headroom.autosave.json}).
 * The recording itself is never written to. Both files are the EDL format plus a few fields
 * ({@code format}, {@code version}, {@code source}, {@code savedAt}), so either can be given to
 * {@code headroom edit --edl} as it is.
 *
 * <p>Saving explicitly removes the autosave. Opening offers the autosave when it is newer than
 * the last explicit save and differs from it — which is what a crash leaves behind.
 */
public final class EditProject {
    public static final String SUFFIX = ".headroom.json";
    public static final String AUTOSAVE_SUFFIX = ".headroom.autosave.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private EditProject() {
    }

    /**
     * What opening a recording's project found.
     *
     * @param saved       the explicitly saved edit list, or {@link EditList#EMPTY} when there is none
     * @param savedAt     when it was saved, or null
     * @param recovered   an autosaved list newer than {@code saved}: offer it to the user
     * @param autosavedAt when that was written, or null
     */
    public record Opened(EditList saved, Instant savedAt, Optional<EditList> recovered, Instant autosavedAt) {
    }

    public static Path projectFile(Path audio) {
        return audio.resolveSibling(audio.getFileName() + SUFFIX);
    }

    public static Path autosaveFile(Path audio) {
        return audio.resolveSibling(audio.getFileName() + AUTOSAVE_SUFFIX);
    }

    /** Reads the project of {@code audio}; a damaged autosave is ignored (it is only a safety net), a damaged project is an error. */
    public static Opened open(Path audio) throws IOException {
        Path project = projectFile(audio);
        EditList saved = EditList.EMPTY;
        Instant savedAt = null;
        if (Files.exists(project)) {
            String text = Files.readString(project, StandardCharsets.UTF_8);
            saved = EdlFormat.parse(project.getFileName().toString(), text);
            savedAt = savedAt(text);
        }
        Path auto = autosaveFile(audio);
        if (!Files.exists(auto)) return new Opened(saved, savedAt, Optional.empty(), null);
        try {
            String text = Files.readString(auto, StandardCharsets.UTF_8);
            EditList autosaved = EdlFormat.parse(auto.getFileName().toString(), text);
            Instant at = savedAt(text);
            boolean newer = savedAt == null || (at != null && at.isAfter(savedAt));
            boolean offer = newer && !autosaved.equals(saved);
            return new Opened(saved, savedAt, offer ? Optional.of(autosaved) : Optional.empty(), at);
        } catch (IOException | RuntimeException e) {
            return new Opened(saved, savedAt, Optional.empty(), null);
        }
    }

    /** Saves the edit list as the project and drops the autosave, which it supersedes. */
    public static void save(Path audio, EditList list) throws IOException {
        PartFile.writeText(projectFile(audio), text(audio, list, Instant.now()));
        Files.deleteIfExists(autosaveFile(audio));
    }

    /** Writes the autosave; atomic, so a kill at any moment leaves the previous autosave or this one. */
    public static void autosave(Path audio, EditList list) throws IOException {
        PartFile.writeText(autosaveFile(audio), text(audio, list, Instant.now()));
    }

    static String text(Path audio, EditList list, Instant at) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "headroom-edit-project");
        root.put("version", VERSION);
        root.put("source", audio.getFileName().toString());
        root.put("savedAt", at.toString());
        root.setAll(EdlFormat.toJson(list));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("project did not serialise", e);
        }
    }

    private static Instant savedAt(String text) {
        try {
            JsonNode at = JSON.readTree(text).get("savedAt");
            return at == null ? null : Instant.parse(at.asText());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
