package org.headroom.preset;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** One place presets may live: a directory on disk or the copies bundled in the jar. */
interface PresetLocation {

    /** For the search path shown to users. */
    String describe();

    /** @param relative e.g. "delivery/ebu-r128.json" */
    Optional<PresetText> read(String relative) throws IOException;

    /** Names (without {@code suffix}) of the files directly in {@code folder} ending in {@code suffix}. */
    Set<String> list(String folder, String suffix) throws IOException;
}
