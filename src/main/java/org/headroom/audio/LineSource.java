package org.headroom.audio;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Live input from a capture device as an {@link AudioSource}. {@link #read} blocks until the
 * block is full, so it belongs on the capture thread; {@link #close} may be called from any
 * thread and makes a pending read return what it has (0 at the end). A line that stops
 * delivering while nobody closed it (a USB interface pulled, the audio server stopped) is a lost
 * device, not an end: the frames that came are returned, then read throws a DeviceException.
 *
 * <p>Opens the requested format if the device takes it, else the closest format it offers,
 * and then says so in a {@link ReadNotice}. Lost frames are counted, not hidden: when the
 * line's buffer is found full before a read, the device has been dropping frames.
 */
public final class LineSource implements AudioSource {
    /** Rule name of the notice saying the device gave another format than asked. */
    public static final String FORMAT_FALLBACK_RULE = "live.format-fallback";
    /** Half a second of buffer: the capture thread may stall that long (GC, a busy machine) without loss. */
    public static final double DEFAULT_BUFFER_SECONDS = 0.5;

    private final TargetDataLine line;
    private final String deviceName;
    private final CaptureFormat format;
    private final boolean bigEndian;
    private final int frameBytes;
    private final OverrunCounter overruns;
    private final List<ReadNotice> notices = new CopyOnWriteArrayList<>();
    private byte[] bytes = new byte[0];
    private long framesRead;
    private volatile boolean closed;
    /** The device went away during a read that still returned frames: thrown at the next read. */
    private DeviceException lost;

    private LineSource(TargetDataLine line, String deviceName, CaptureFormat format, boolean bigEndian) {
        this.line = line;
        this.deviceName = deviceName;
        this.format = format;
        this.bigEndian = bigEndian;
        this.frameBytes = format.channels() * format.bits() / 8;
        this.overruns = new OverrunCounter(line.getBufferSize() / frameBytes, format.sampleRate());
    }

    /**
     * Opens and starts capture.
     *
     * @param device  a device name as {@link CaptureDevices#list()} gives it, or part of one;
     *                null for the system's default capture device
     * @param request the format to ask for, e.g. {@link CaptureFormat#DEFAULT} or the preset's
     */
    public static LineSource open(String device, CaptureFormat request) throws DeviceException {
        return open(device, request, DEFAULT_BUFFER_SECONDS);
    }

    public static LineSource open(String device, CaptureFormat request, double bufferSeconds) throws DeviceException {
        if (!request.isConcrete()) throw new IllegalArgumentException("ask for a concrete format, not " + request);
        Mixer mixer = device == null ? null : CaptureDevices.find(device);
        String name = device == null ? "default" : mixer.getMixerInfo().getName();
        List<CaptureFormat> offered = mixer == null ? defaultFormats() : CaptureDevices.formats(CaptureDevices.targetLines(mixer));
        LineUnavailableException busy = null;
        for (CaptureFormat candidate : FormatChoice.candidates(request, offered)) {
            for (boolean bigEndian : new boolean[] {false, true}) {
                AudioFormat af = audioFormat(candidate, bigEndian);
                DataLine.Info info = new DataLine.Info(TargetDataLine.class, af);
                if (!(mixer == null ? AudioSystem.isLineSupported(info) : mixer.isLineSupported(info))) continue;
                // a format beyond the routine is tried in a child JVM first, the request only:
                // a fallback has safer candidates to go to than one that needs a second's probe
                if (FormatProbe.risky(candidate) && (!candidate.equals(request) || !FormatProbe.survives(device, candidate, bigEndian))) {
                    continue;
                }
                try {
                    TargetDataLine line = (TargetDataLine) (mixer == null ? AudioSystem.getLine(info) : mixer.getLine(info));
                    int bufferBytes = (int) Math.round(bufferSeconds * candidate.sampleRate()) * af.getFrameSize();
                    line.open(af, bufferBytes);
                    return started(new LineSource(line, name, candidate, bigEndian), request);
                } catch (LineUnavailableException e) {
                    busy = busy == null ? e : busy;
                } catch (IllegalArgumentException | SecurityException e) {
                    // The device listed the format but refused it; try the next one.
                }
            }
        }
        if (busy != null) {
            throw new DeviceException(name, "busy or unavailable (" + oneLine(busy.getMessage()) + ")", busy);
        }
        if (mixer == null && offered.isEmpty()) throw new DeviceException(name, "not found (this system has no capture devices)");
        throw new DeviceException(name, "cannot record " + request.rateAndBits() + "/" + request.channels()
                + " ch or any 16/24/32-bit PCM format it lists (" + offered + ")");
    }

    /** A source on a line already open, as {@link #open} makes one: for tests with a line of their own. */
    static LineSource started(TargetDataLine line, String name, CaptureFormat format) {
        return started(new LineSource(line, name, format, false), format);
    }

    private static LineSource started(LineSource source, CaptureFormat request) {
        if (!source.format.equals(request)) {
            source.notices.add(new ReadNotice(FORMAT_FALLBACK_RULE, fallbackMessage(source.format, request)));
        }
        source.line.start();
        source.overruns.start(System.nanoTime());
        return source;
    }

    /** "device gave 44.1 kHz/16-bit where 48 kHz/24-bit was asked", with channels when they differ too. */
    static String fallbackMessage(CaptureFormat got, CaptureFormat asked) {
        boolean channels = got.channels() != asked.channels();
        return "device gave " + got.rateAndBits() + (channels ? "/" + got.channels() + " ch" : "")
                + " where " + asked.rateAndBits() + (channels ? "/" + asked.channels() + " ch" : "") + " was asked";
    }

    private static List<CaptureFormat> defaultFormats() {
        List<CaptureDevice> all = CaptureDevices.list();
        return all.isEmpty() ? List.of() : all.get(0).formats();
    }

    static AudioFormat audioFormat(CaptureFormat f, boolean bigEndian) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, f.sampleRate(), f.bits(), f.channels(),
                f.channels() * f.bits() / 8, f.sampleRate(), bigEndian);
    }

    private static String oneLine(String message) {
        return message == null ? "no reason given" : message.replaceAll("\\s+", " ").trim();
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.pcm("live", "PCM", format.sampleRate(), format.channels(), format.bits(), -1);
    }

    /** The format the device actually gave. */
    public CaptureFormat captureFormat() {
        return format;
    }

    public String deviceName() {
        return deviceName;
    }

    @Override
    public int read(float[][] block) throws IOException {
        if (closed) return 0;
        if (lost != null) throw lost;
        int wanted = block[0].length;
        if (bytes.length < wanted * frameBytes) bytes = new byte[wanted * frameBytes];
        overruns.observe(line.available() / frameBytes, framesRead, System.nanoTime());
        int got = 0;
        // A read can come back short when the line is stopped or closed under it.
        while (got < wanted * frameBytes && !closed) {
            int n = line.read(bytes, got, wanted * frameBytes - got);
            if (n <= 0) {
                if (!closed) lost = new DeviceException(deviceName, "stopped delivering audio after "
                        + String.format(java.util.Locale.ROOT, "%.3f", (framesRead + got / frameBytes) / (double) format.sampleRate())
                        + " s (unplugged, or the audio server stopped)");
                break;
            }
            got += n;
        }
        int frames = got / frameBytes;
        if (frames == 0 && lost != null) throw lost;
        InterleavedPcm.toFloats(bytes, frames, format.bits(), bigEndian, block);
        framesRead += frames;
        return frames;
    }

    /** Times the line's buffer was found full: each is a dropout. */
    public long overruns() {
        return overruns.overruns();
    }

    /** Frames lost to overruns, estimated from the clock. */
    public long droppedFramesEstimate() {
        return overruns.droppedFramesEstimate();
    }

    @Override
    public List<ReadNotice> notices() {
        return List.copyOf(notices);
    }

    @Override
    public BitRate bitRate() {
        return BitRate.pcm(format.sampleRate(), format.bits(), format.channels());
    }

    @Override
    public void close() {
        closed = true;
        line.stop();
        line.close();
    }
}
