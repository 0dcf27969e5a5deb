package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.LoudnessLogSink;
import org.headroom.analysis.ProgressListener;
import org.headroom.analysis.Report;

/**
 * The analysis as the command line sees it: {@code new FileAnalyzer()::analyze} in the program,
 * a fake in tests of the command line itself.
 */
@FunctionalInterface
public interface FileAnalysis {
    Report analyze(Path file, AnalysisSettings settings, ProgressListener progress, LoudnessLogSink logOrNull)
            throws IOException;
}
