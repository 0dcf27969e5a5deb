package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FileProblems;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;
import org.headroom.audio.AudioFileException;

/** Reads one take through the analysis into its report row, or a row that says why it could not be read. */
final class TakeAnalysis {
    private final TakeReader reader;
    private final AnalysisSettings settings;

    TakeAnalysis(TakeReader reader, AnalysisSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    TakeRow read(Path file) {
        String shown = file.toString();
        String problem = FileProblems.before(file);
        if (problem != null) return unreadable(shown, problem);
        LoudnessPicture picture = new LoudnessPicture();
        try {
            Report report = reader.analyze(file, settings, ProgressListener.NONE, picture);
            if (settings.preset() != null) report = PresetChecker.apply(report, settings.preset());
            return TakeRow.parse(TakeJson.line(report, TakeFinder.isUnfinished(file)), picture.trace());
        } catch (AudioFileException e) {
            return unreadable(shown, withoutName(e.getMessage(), file));
        } catch (IOException e) {
            return unreadable(shown, FileProblems.describe(e));
        } catch (RuntimeException e) {
            // one take's surprise must not lose the other 99: it gets a row that says so
            return unreadable(shown, "could not be analysed (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }

    static TakeRow unreadable(String file, String why) {
        try {
            return TakeRow.parse(TakeJson.unreadable(file, why), LoudnessPicture.Trace.NONE);
        } catch (IOException e) {
            throw new IllegalStateException("our own JSON always parses", e);
        }
    }

    /** The reader's messages start with the file's name; the row shows the name in its own column. */
    private static String withoutName(String message, Path file) {
        if (message == null) return "not readable audio";
        for (String name : new String[] {file.toString(), String.valueOf(file.getFileName())}) {
            if (message.startsWith(name + ": ")) return message.substring(name.length() + 2);
        }
        return message;
    }
}
