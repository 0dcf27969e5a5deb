package org.headroom.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.headroom.analysis.AnalysisSettings;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.DemoInput;
import org.headroom.audio.RecordingRepair;
import org.headroom.audio.TakeInfo;
import org.headroom.preset.AnalysisDefaults;
import org.headroom.preset.DeliveryPreset;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code headroom monitor}: live meters and findings from an input, optionally recorded, without a window. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = {"Monitor a capture device live: findings as they happen, a report at the end; optionally record it.",
                "Stops after --seconds, at the end of a file:PATH input, or on Ctrl+C / SIGTERM (the recording is finished).",
                "Exit status: 0 done, 2 usage error, 3 the device or a file could not be used."},
        footer = {"", "Devices: the default capture device unless --device names one (see --list-devices); "
                + "'--device demo' plays the bundled demo take, '--device file:PATH' plays a file as if live; "
                + "with no device on the system and no --device, monitor stops (exit 3) rather than play the demo.",
                "A recording is written as FILE.wav.recording and renamed to FILE.wav when it ends; "
                        + "an unfinished one left by a crash in that folder is repaired first."})
final class MonitorCommand implements Callable<Integer> {
    private static final Pattern FORMAT_SYNTAX = Pattern.compile("\\s*\\d+\\s*:\\s*\\d+\\s*:\\s*\\d+\\s*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--list-devices", description = "List the capture devices and the formats they offer, then exit.")
    boolean listDevices;

    @Option(names = "--device", paramLabel = "NAME", description = "Capture device (or part of its name), 'demo', or 'file:PATH'.")
    String device;

    @Option(names = "--format", paramLabel = "RATE:BITS:CHANNELS", description = "Format to ask the device for (default 48000:24:2).")
    String format;

    @Option(names = "--fast", description = "With --device file:PATH: replay the file through the live path without "
            + "waiting for real time (same findings and summary, as fast as the machine allows).")
    boolean fast;

    @Option(names = "--seconds", paramLabel = "N", description = "Stop after N seconds of audio.")
    Double seconds;

    @Option(names = "--record", paramLabel = "FILE.wav", description = "Record what is monitored to a Broadcast Wave file (RF64 past 4 GB).")
    Path record;

    @Option(names = "--log", paramLabel = "FILE.csv", description = "QC log: every finding as a CSV row, with take time and time of day.")
    Path log;

    @Option(names = "--json", description = "Findings as JSON Lines while running, then one summary object.")
    boolean json;

    @Option(names = "--preset", paramLabel = "NAME", description = "Check against a delivery preset (ebu-r128, podcast-stereo, acx...).")
    String preset;

    @Option(names = "--scene", paramLabel = "TEXT", description = "Scene, written into the recording's bext and iXML.")
    String scene;

    @Option(names = "--take", paramLabel = "TEXT", description = "Take, written into the recording's bext and iXML.")
    String take;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes, written into the recording's bext and iXML.")
    String notes;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    MonitorCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (listDevices) return listDevices();
        if (seconds != null && !(seconds > 0)) throw usage("--seconds must be positive, not " + seconds);
        if (fast && (device == null || !device.startsWith(MonitorInput.FILE_PREFIX))) {
            throw usage("--fast needs --device file:PATH (a device or the demo input cannot go faster than real time)");
        }
        AnalysisSettings settings;
        try {
            settings = settings(ctx.presets().get());
        } catch (PresetException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        }
        CaptureFormat request;
        try {
            request = requestedFormat();
        } catch (IllegalArgumentException e) {
            ctx.err().println("headroom: unsupported format: " + e.getMessage());
            return ExitCode.UNREADABLE;
        }
        if (record != null) {
            Path folder = record.toAbsolutePath().getParent();
            if (!java.nio.file.Files.isDirectory(folder)) {
                ctx.err().println("headroom: " + record + ": cannot record there (folder " + folder + " does not exist)");
                return ExitCode.UNREADABLE;
            }
            repairUnfinished(folder);
        }
        MonitorInput input;
        try {
            input = MonitorInput.open(device, request, format != null, ctx.devices(), fast);
            if (seconds != null) input = input.limitedTo(seconds);
        } catch (IOException e) {
            ctx.err().println("headroom: " + oneLine(e));
            return ExitCode.UNREADABLE;
        }
        input.warnings().forEach(w -> ctx.err().println("headroom: warning: " + w));
        TakeInfo takeInfo = TakeInfo.NONE.withScene(scene, take, notes);
        if (MonitorInput.DEMO.equals(input.device())) takeInfo = takeInfo.withDescription(DemoInput.TAKE_DESCRIPTION);
        MonitorRun.Options options = new MonitorRun.Options(seconds, record, log, json, settings.preset(), takeInfo, fast);
        return new MonitorRun(ctx, input, settings, options).run();
    }

    /** A crash in an earlier session left a take unfinished in this folder: finish it before recording beside it. */
    private void repairUnfinished(Path dir) {
        try {
            for (RecordingRepair.Result r : RecordingRepair.repairAll(dir)) ctx.err().println("headroom: " + r.message());
        } catch (IOException e) {
            ctx.err().println("headroom: warning: could not look for unfinished recordings in " + dir + " (" + oneLine(e) + ")");
        }
    }

    private CaptureFormat requestedFormat() {
        if (format == null) return CaptureFormat.DEFAULT; // presets do not name a capture format yet
        if (!FORMAT_SYNTAX.matcher(format).matches()) {
            throw usage("--format must be RATE:BITS:CHANNELS, e.g. 48000:24:2, not '" + format + "'");
        }
        return CaptureFormat.parse(format);
    }

    private int listDevices() throws IOException {
        List<CaptureDevice> devices = ctx.devices().get();
        if (json) {
            for (CaptureDevice d : devices) {
                ObjectNode n = JSON.createObjectNode();
                n.put("name", d.name());
                n.put("description", d.description());
                ArrayNode formats = n.putArray("formats");
                d.formats().forEach(f -> formats.add(f.toString()));
                ArrayNode unproven = n.putArray("unproven");
                d.unprovenFormats().forEach(f -> unproven.add(f.toString()));
                ctx.out().println(JSON.writeValueAsString(n));
            }
        } else {
            if (devices.isEmpty()) ctx.out().println("No capture devices. '--device demo' plays the demo input.");
            for (CaptureDevice d : devices) ctx.out().print(describe(d));
        }
        ctx.out().flush();
        return ExitCode.OK;
    }

    /**
     * A device for --list-devices: the formats it opens routinely, then how many more the driver
     * lists that are not proven and what happens to them, rather than all of them as equals.
     */
    static String describe(CaptureDevice d) {
        StringBuilder b = new StringBuilder(d.name()).append("  (").append(d.description()).append(")\n");
        b.append("    ").append(d.routineFormats()).append("\n");
        List<org.headroom.audio.CaptureFormat> unproven = d.unprovenFormats();
        if (!unproven.isEmpty()) {
            b.append("    and ").append(unproven.size()).append(unproven.size() == 1 ? " format" : " formats")
                    .append(" the driver lists but that are not proven (32-bit or more than 2 channels; a driver may list"
                            + " what the source cannot deliver): each is tried in a separate process before it is opened\n");
        }
        return b.toString();
    }

    private AnalysisSettings settings(PresetLoader loader) throws PresetException {
        AnalysisDefaults defaults = loader.analysisDefaults();
        DeliveryPreset delivery = preset == null ? null : loader.delivery(preset);
        double ceiling = delivery != null && delivery.truePeakMaxDbtp() != null
                ? delivery.truePeakMaxDbtp() : defaults.truePeakCeilingDbtp();
        return new AnalysisSettings(defaults.clipRun(), defaults.clipThresholdDbfs(), delivery, ceiling, defaults.detection());
    }

    static String oneLine(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
