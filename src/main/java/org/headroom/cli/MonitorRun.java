package org.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.analysis.FindingTracker;
import org.headroom.analysis.JsonReportWriter;
import org.headroom.analysis.LiveSession;
import org.headroom.analysis.LiveSnapshot;
import org.headroom.analysis.PresetChecker;
import org.headroom.analysis.QcLogWriter;
import org.headroom.analysis.Report;
import org.headroom.analysis.TextReportWriter;
import org.headroom.audio.DiskSpaceWarnings;
import org.headroom.audio.Recorder;
import org.headroom.audio.SourceFormat;
import org.headroom.audio.TakeInfo;
import org.headroom.audio.WavWriter;
import org.headroom.detect.Finding;
import org.headroom.preset.DeliveryPreset;

/**
 * One run of {@code headroom monitor} on the main thread: starts the live session (and the
 * recorder on its tap), polls the latest snapshot ten times a second for new findings and the
 * disk readout, and at the end stops capture, finishes the recording and prints the summary.
 * The capture thread only ever meets this code through the snapshot reference and the
 * recorder's ring.
 */
final class MonitorRun {
    /** A tenth of a second: findings appear promptly, and a stop request is noticed as fast. */
    private static final long POLL_MILLIS = 100;
    private static final long STATUS_EVERY_NANOS = 1_000_000_000L;
    /** Display ballistics; the headless monitor shows none of them, but the session needs values. */
    private static final double HOLD_SECONDS = 2.0;
    private static final double FALL_DB_PER_SECOND = 20.0;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The least take time between two JSON updates of one finding: a growing clip burst or a
     * wandering noise floor is news now and then, not ten times a second.
     */
    static final double UPDATE_EVERY_SECONDS = 2.0;

    /** @param fast the source is a file replayed unpaced: the capture thread may wait for this one */
    record Options(Double seconds, Path record, Path log, boolean json, DeliveryPreset preset, TakeInfo take, boolean fast) {
    }

    /**
     * Snapshots with fresh findings, handed over by the capture thread. 64 is 16 s of take time:
     * a device never fills it (the main thread drains it every 0.1 s), and a replay that does is
     * held back until it drains.
     */
    private final BlockingQueue<LiveSnapshot> fresh = new ArrayBlockingQueue<>(64);
    private volatile boolean watching = true;

    private final CliContext ctx;
    private final MonitorInput input;
    private final AnalysisSettings settings;
    private final Options options;
    private final FindingTracker feed;
    private final DiskSpaceWarnings disk = new DiskSpaceWarnings();
    private Recorder recorder;
    private LiveSession session;
    private QcLogWriter qc;
    private boolean recordingFailureShown;
    private long lastStatus;
    private int statusWidth;

    MonitorRun(CliContext ctx, MonitorInput input, AnalysisSettings settings, Options options) {
        this.ctx = ctx;
        this.input = input;
        this.settings = settings;
        this.options = options;
        long every = Math.round(UPDATE_EVERY_SECONDS * input.source().format().sampleRate());
        // A script wants every state promptly; a person at a terminal wants the alarm at once and
        // then the settled figure ("clipped 207 times"), not a line per growth step of a burst.
        this.feed = options.json() ? new FindingTracker(every) : FindingTracker.settling(every);
    }

    int run() throws IOException, InterruptedException {
        LocalDateTime start = LocalDateTime.now();
        SourceFormat format = input.source().format();
        try {
            if (options.record() != null) {
                recorder = Recorder.start(options.record(), format.sampleRate(), format.channels(), WavWriter.SampleFormat.keeping(format),
                        options.take(), start, Recorder.DEFAULT_QUEUE_SECONDS, Recorder.DEFAULT_SYNC_SECONDS);
            }
            if (options.log() != null) {
                qc = QcLogWriter.open(options.log(), start.atZone(java.time.ZoneId.systemDefault()).toInstant(), input.device());
            }
        } catch (IOException e) {
            ctx.err().println("headroom: " + MonitorCommand.oneLine(e));
            if (recorder != null) recorder.close();
            input.source().close();
            return ExitCode.UNREADABLE;
        }
        session = new LiveSession(input.source(), settings, HOLD_SECONDS,
                FALL_DB_PER_SECOND);
        if (recorder != null) session.setTap(LiveSession.BlockTap.recording(recorder));
        session.setFindingsListener(this::handOver);
        try (StopSignal stop = StopSignal.install()) {
            session.start();
            String stoppedBy = watch(session, stop);
            return finish(session, stoppedBy); // inside the try: a signal's hook waits for the summary
        } finally {
            if (qc != null) qc.close();
        }
    }

    /**
     * On the capture thread: a device's snapshot is dropped when the queue is full (a later one
     * carries the same findings, and a sound card cannot wait); a replay's waits for room.
     */
    private void handOver(LiveSnapshot s) {
        try {
            if (!options.fast()) fresh.offer(s);
            else while (watching && !fresh.offer(s, POLL_MILLIS, TimeUnit.MILLISECONDS)) { /* the main thread is behind */ }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads every snapshot with fresh findings until --seconds, the end of the input, or a stop request; returns what stopped it. */
    private String watch(LiveSession session, StopSignal stop) throws IOException, InterruptedException {
        try {
            return watchUntilStopped(session, stop);
        } finally {
            watching = false;
            fresh.clear(); // lets a replay's capture thread go, so that it can be stopped
        }
    }

    private String watchUntilStopped(LiveSession session, StopSignal stop) throws IOException, InterruptedException {
        long limit = options.seconds() == null ? Long.MAX_VALUE
                : Math.round(options.seconds() * input.source().format().sampleRate());
        while (true) {
            LiveSnapshot s = fresh.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (stop.requested()) return "signal";
            LiveSession.End end = session.end(); // before the latest snapshot: once ended, the latest is the last
            if (s == null) s = session.latest();
            else emit(feed.accept(s.findings(), s.frames()));
            watchRecorder(s.seconds());
            status(s);
            if (s.frames() >= limit) return "seconds"; // the input ends there, to the frame (MonitorInput.limitedTo)
            if (end != LiveSession.End.RUNNING && fresh.isEmpty()) {
                if (end == LiveSession.End.SOURCE_ENDED) return "input-ended";
                return end == LiveSession.End.FAILED ? "input-failed" : "stopped";
            }
        }
    }

    private void watchRecorder(double takeSeconds) throws IOException {
        if (recorder == null) return;
        DiskSpaceWarnings.Warning w = disk.check(recorder.secondsOfSpaceLeft());
        if (w != null) {
            event(takeSeconds, "LOW_DISK_SPACE", w.last() ? "ERROR" : "WARNING", w.secondsLeft() / 60.0,
                    String.format(Locale.ROOT, "less than %.0f minutes of disk space left (value: minutes)", w.thresholdSeconds() / 60),
                    w.message());
        }
        if (recorder.failure() != null && !recordingFailureShown) {
            recordingFailureShown = true;
            event(takeSeconds, "RECORDING_FAILED", "ERROR", Double.NaN, "the recording could not be written",
                    "The recording stopped: " + MonitorCommand.oneLine(recorder.failure()) + ". Monitoring goes on.");
        }
    }

    /**
     * Findings as lines. With --json: a new one as "finding", its later states as "update" and
     * its withdrawal (no longer true) as {"event":"withdraw","id":N}. As text: a new one at
     * once, its settled state once it has stopped changing for {@value #UPDATE_EVERY_SECONDS} s
     * of take time (or at the end), and a withdrawal. The QC log gets new findings and
     * withdrawals.
     */
    private void emit(List<FindingTracker.Change> changes) throws IOException {
        for (FindingTracker.Change c : changes) {
            Finding f = c.finding();
            clearStatus();
            if (options.json()) {
                ctx.out().println(JSON.writeValueAsString(c.isWithdrawn() ? withdrawal(c.id())
                        : line(c.isNew() ? "finding" : "update", c.id(), JsonReportWriter.finding(f))));
            } else {
                ctx.out().println(textLine(c));
            }
            if (qc != null && c.isNew()) qc.write(f);
            if (qc != null && c.isWithdrawn()) {
                qc.writeEvent(session.latest().seconds(), "WITHDRAWN", "INFO", Double.NaN, "finding no longer true",
                        "Withdrawn: " + f.kind() + " from " + String.format(Locale.ROOT, "%.2f s", f.startSeconds())
                                + " no longer holds.");
            }
        }
        ctx.out().flush();
    }

    static String textLine(FindingTracker.Change c) {
        Finding f = c.finding();
        String channel = f.channelNumber() == null ? "" : " ch " + f.channelNumber();
        String what = switch (c.event()) {
            case NEW -> f.message();
            case UPDATE -> "(now) " + f.message();
            case WITHDRAW -> "withdrawn, no longer true (was: " + f.message() + ")";
        };
        return String.format(Locale.ROOT, "%9.2f s  %-7s %s%s: %s", f.startSeconds(), f.severity(), f.kind(), channel, what);
    }

    private static ObjectNode withdrawal(int id) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", "withdraw");
        n.put("id", id);
        return n;
    }

    /** A JSON line: what happened and to which finding first, then the finding's own fields. */
    private static ObjectNode line(String event, int id, ObjectNode finding) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event", event);
        n.put("id", id);
        n.setAll(finding);
        return n;
    }

    /**
     * Something about the take rather than the audio (disk space, a failed recording): a line of
     * the same shape as a finding, with a kind of its own, so a script reads one kind of line.
     */
    private void event(double takeSeconds, String kind, String severity, double value, String rule, String message)
            throws IOException {
        clearStatus();
        if (options.json()) {
            ObjectNode n = line("finding", feed.issueId(), JSON.createObjectNode());
            n.put("kind", kind);
            n.put("severity", severity);
            n.putNull("channel");
            n.put("startSeconds", round(takeSeconds, 1000));
            n.put("endSeconds", round(takeSeconds, 1000));
            if (Double.isFinite(value)) n.put("value", round(value, 100)); else n.putNull("value");
            n.put("rule", rule);
            n.put("message", message);
            ctx.out().println(JSON.writeValueAsString(n));
        } else {
            ctx.out().println(String.format(Locale.ROOT, "%9.2f s  %-7s %s: %s", takeSeconds, severity, kind, message));
        }
        ctx.out().flush();
        if (qc != null) qc.writeEvent(takeSeconds, kind, severity, value, rule, message);
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    /** A live readout on stderr, redrawn in place once a second, only when a person is watching. */
    private void status(LiveSnapshot s) {
        long now = System.nanoTime();
        if (!ctx.errIsTerminal() || now - lastStatus < STATUS_EVERY_NANOS) return;
        lastStatus = now;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%7.1f s  peak", s.seconds()));
        for (LiveSnapshot.ChannelMeters m : s.channels()) b.append(String.format(Locale.ROOT, " %6.1f", m.peakDbfs()));
        b.append(" dBFS");
        if (s.momentaryLufs() != null) b.append(String.format(Locale.ROOT, "  M %6.1f LUFS", s.momentaryLufs()));
        if (recorder != null) b.append("  REC, disk: ").append(DiskSpaceWarnings.minutes(recorder.secondsOfSpaceLeft())).append(" left");
        String text = b.toString().replace("-Infinity", "  -inf");
        ctx.err().print("\r" + text + " ".repeat(Math.max(0, statusWidth - text.length())));
        ctx.err().flush();
        statusWidth = text.length();
    }

    private void clearStatus() {
        if (statusWidth == 0) return;
        ctx.err().print("\r" + " ".repeat(statusWidth) + "\r");
        ctx.err().flush();
        statusWidth = 0;
    }

    /** Stops capture, finishes the recording, prints the rest of the findings and the summary. */
    private int finish(LiveSession session, String stoppedBy) throws IOException, InterruptedException {
        clearStatus();
        session.close();
        int status = ExitCode.OK;
        if (!session.awaitEnd(10_000)) {
            ctx.err().println("headroom: internal error: the capture thread did not stop");
            if (recorder != null) recorder.close(); // it takes no more blocks once closing: the take still ends well
            return ExitCode.INTERNAL;
        }
        InputFailure inputFailure = null;
        Finding lost = session.inputFailure();
        if (lost != null) {
            String reason = session.failureReason();
            inputFailure = new InputFailure(lost.startSeconds(), reason);
            ctx.err().println("headroom: " + input.device() + ": input failed (" + reason + ")");
            event(lost.startSeconds(), lost.kind().name(), lost.severity().name(), lost.value(), lost.rule(),
                    lost.message() + (recorder != null ? ". The recording is finished up to there." : "."));
            status = ExitCode.UNREADABLE;
        }
        String recordingError = null;
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                recordingError = MonitorCommand.oneLine(e);
                ctx.err().println("headroom: recording: " + recordingError);
                status = ExitCode.UNREADABLE;
            }
        }
        Report report = session.report(recorder != null ? recorder.target().getFileName().toString() : input.device());
        long frames = session.latest().frames();
        emit(feed.accept(report.findings(), frames));
        emit(feed.flush(frames));
        if (options.preset() != null) report = PresetChecker.apply(report, options.preset());
        summary(report, session.latest(), stoppedBy, recordingError, inputFailure);
        return status;
    }

    /** When and why the input stopped delivering audio before the take was over. */
    private record InputFailure(double seconds, String reason) {
    }

    private void summary(Report report, LiveSnapshot last, String stoppedBy, String recordingError, InputFailure inputFailure)
            throws IOException {
        ObjectNode monitor = JSON.createObjectNode();
        monitor.put("device", input.device());
        monitor.put("format", input.formatText());
        monitor.put("seconds", round(last.seconds(), 1000));
        monitor.put("overruns", input.source().overruns());
        monitor.put("droppedFrames", input.source().droppedFramesEstimate());
        monitor.put("stoppedBy", stoppedBy);
        if (inputFailure == null) {
            monitor.putNull("inputFailure");
        } else {
            monitor.putObject("inputFailure").put("seconds", round(inputFailure.seconds(), 1000)).put("reason", inputFailure.reason());
        }
        if (recorder == null) {
            monitor.putNull("recording");
        } else {
            ObjectNode rec = monitor.putObject("recording");
            rec.put("file", recorder.fileOnDisk().toString());
            rec.put("frames", recorder.framesOnDisk());
            rec.put("droppedFrames", recorder.droppedFrames());
            rec.put("error", recordingError);
        }
        if (options.json()) {
            ObjectNode root = JsonReportWriter.toJson(report);
            // the id each finding was streamed under, so a consumer can join the two; null if never streamed (delivery)
            var findings = root.withArray("findings");
            for (int i = 0; i < findings.size(); i++) {
                int id = feed.idOf(report.findings().get(i));
                if (id > 0) ((ObjectNode) findings.get(i)).put("id", id); else ((ObjectNode) findings.get(i)).putNull("id");
            }
            root.set("monitor", monitor);
            ctx.out().println(JSON.writeValueAsString(root));
        } else {
            new TextReportWriter(ctx.out()).write(report);
            ctx.out().println(String.format(Locale.ROOT, "Monitored %s (%s) for %.1f s: %d overruns, %d frames lost%s.",
                    input.device(), input.formatText(), last.seconds(), input.source().overruns(),
                    input.source().droppedFramesEstimate(), recorder == null ? ""
                            : "; recorded " + recorder.framesOnDisk() + " frames to " + recorder.fileOnDisk()));
        }
        ctx.out().flush();
    }
}
