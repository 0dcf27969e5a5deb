package org.headroom.analysis.soundreport;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LoudnessLogSink;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;

/** The analysis of one take: {@code new FileAnalyzer()::analyze}, or a fake in tests. */
@FunctionalInterface
public interface TakeReader {
    Report analyze(Path file, AnalysisSettings settings, ProgressListener progress, LoudnessLogSink log) throws IOException;
}
