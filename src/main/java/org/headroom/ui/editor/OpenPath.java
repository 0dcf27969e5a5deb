package org.headroom.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a name typed in the open dialog may point. The file chooser resolves a relative name
 * ("testdata/take.wav") against the folder it shows, but a person who works from a terminal
 * means the working directory; both are tried, the shown folder first because that is what
 * the dialog showed. No disk is touched here: the opening worker tries the candidates in order.
 */
final class OpenPath {
    private OpenPath() {
    }

    /**
     * @param chosen   what the chooser returned (already resolved against {@code shown})
     * @param shown    the folder the chooser showed
     * @param working  the working directory
     */
    static List<Path> candidates(File chosen, File shown, Path working) {
        Path first = chosen.toPath().toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>(List.of(first));
        if (shown != null) {
            Path folder = shown.toPath().toAbsolutePath().normalize();
            if (first.startsWith(folder)) {
                Path other = working.toAbsolutePath().resolve(folder.relativize(first)).normalize();
                if (!other.equals(first)) out.add(other);
            }
        }
        return out;
    }
}
