package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.headroom.audio.Recorder;

/**
 * The takes a report covers. A folder is walked recursively for audio files by their name
 * (WAV/BWF/RF64, AIFF, FLAC, MP3, Ogg; a card also holds the recorder's own CSV reports and
 * settings, which are not takes). Hidden files and folders are left out, as everywhere in
 * Headroom: they are the house's own {@code .part} temporaries, macOS's {@code ._NAME.WAV}
 * resource forks and {@code .Trashes}, never takes. An unfinished {@code NAME.wav.recording}
 * is a take: it is read as it is (the reader finds its real end) and marked so, never repaired
 * here, because a report must not change a file on the card. A file named on the command line
 * is always a take, whatever its name.
 */
public final class TakeFinder {
    private static final Set<String> AUDIO = Set.of("wav", "bwf", "rf64", "aif", "aiff", "aifc", "flac", "mp3", "ogg", "oga");

    private TakeFinder() {
    }

    /** The takes under each path, each folder's sorted by path; a path that does not exist is kept, to be reported. */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> takes = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) takes.addAll(walk(p));
            else takes.add(p);
        }
        return takes;
    }

    private static List<Path> walk(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && isTakeName(file)) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // a take or a folder that cannot be opened still gets a row, which says why: nothing on a card goes unmentioned
                if (!isHidden(file)) found.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** An audio file's name, or one with {@code .recording} after it. */
    static boolean isTakeName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(Recorder.IN_PROGRESS_SUFFIX)) name = name.substring(0, name.length() - Recorder.IN_PROGRESS_SUFFIX.length());
        int dot = name.lastIndexOf('.');
        return dot > 0 && AUDIO.contains(name.substring(dot + 1));
    }

    /** Whether this take is a recording still being written, or left by a crash. */
    public static boolean isUnfinished(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(Recorder.IN_PROGRESS_SUFFIX);
    }

}
