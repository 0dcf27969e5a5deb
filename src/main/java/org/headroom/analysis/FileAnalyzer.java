package org.headroom.analysis;

import java.io.IOException;
import java.nio.file.Path;

import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;

/**
 * Reads one audio file through the meters and detectors and returns its report.
 * Delivery-preset findings are not added here: {@link PresetChecker#apply} does that afterwards,
 * so the export's delivery check runs the same code.
 */
public final class FileAnalyzer {
    /**
     * @param progress  told how far the reading has got
     * @param logOrNull receives the 10 ms loudness trace, or null when nobody wants it
     * @throws org.headroom.audio.AudioFileException when the file is not readable audio; its message is the one line to show
     */
    public Report analyze(Path file, AnalysisSettings settings, ProgressListener progress, LoudnessLogSink logOrNull)
            throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            Analyzer analyzer = new Analyzer(source.format(), settings);
            analyzer.setLoudnessLog(logOrNull);
            long total = source.format().frames();
            long frames = new BlockPipeline().run(source, analyzer.consumers(),
                    done -> progress.progress(done, total));
            return analyzer.report(file.toString(), source.format().withFrames(frames), source.bitRate(),
                    source.notices());
        }
    }
}
