package org.headroom.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.headroom.advice.AdvicePresets;
import org.headroom.advice.Environment;
import org.headroom.advice.RecordedReverb;
import org.headroom.advice.Room;
import org.headroom.advice.Rt60Estimate;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;

/**
 * What the named parts of effect edits stand for: an EQ preset's bands
 * ({@code presets/effects/<name>.json}), an environment's room (volume and RT60, the mic
 * advisor's {@code presets/environments/}), and the RT60 of a recording to match (the advisor's
 * clap and speech estimators). Every failure is an {@link EdlException} naming the edit, except a
 * recording that exists but cannot be read, which is an I/O error naming the file.
 */
final class EffectPresets {
    static final String FOLDER = "effects";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PresetLoader loader;

    EffectPresets(PresetLoader loader) {
        this.loader = loader;
    }

    /** The bands of an EQ preset. */
    List<Edit.Eq.Band> eq(String where, String name) throws EdlException {
        try {
            if (!NAME.matcher(name).matches() || !names().contains(name)) {
                throw new EdlException(where + "unknown preset '" + name + "' (" + String.join(", ", names()) + ")");
            }
            JsonNode root = JSON.readTree(loader.file(FOLDER + "/" + name + ".json").text());
            JsonNode bands = root == null ? null : root.get("bands");
            if (bands == null) throw new EdlException(where + "preset '" + name + "' has no \"bands\"");
            return EdlFormat.bands(bands);
        } catch (EdlException e) {
            throw e;
        } catch (PresetException | IOException e) {
            throw new EdlException(where + "preset '" + name + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new EdlException(where + "preset '" + name + "': " + e.getMessage());
        }
    }

    private List<String> names() throws PresetException {
        return loader.folder(FOLDER).keySet().stream().map(k -> k.replaceAll(".*/", "").replaceAll("\\.json$", "")).sorted().toList();
    }

    /** An environment's room: its volume and RT60. */
    Room room(String where, String id) throws EdlException {
        List<Environment> all;
        try {
            all = AdvicePresets.environments(loader.folder(AdvicePresets.ENVIRONMENTS));
        } catch (PresetException e) {
            throw new EdlException(where + "room '" + id + "': " + e.getMessage());
        }
        Optional<Environment> env = all.stream().filter(e -> e.id().equals(id)).findFirst();
        if (env.isEmpty()) {
            throw new EdlException(where + "unknown room '" + id + "' (" + String.join(", ", all.stream().map(Environment::id).toList()) + ")");
        }
        return env.get().room().orElseThrow(() -> new EdlException(where + "room '" + id + "' is outdoors: it has no reverberation time"));
    }

    /** The RT60 the advisor estimates from a recording. */
    static Rt60Estimate match(String where, String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) throw new EdlException(where + "matchRecording " + file + ": no such file");
        try (AudioSource s = AudioFiles.open(path)) {
            return RecordedReverb.estimate(s).orElseThrow(() -> new EdlException(where + "matchRecording " + file
                    + ": no clap or speech decay to measure a reverberation time from"));
        } catch (NoSuchFileException e) {
            throw new EdlException(where + "matchRecording " + file + ": no such file");
        }
    }
}
