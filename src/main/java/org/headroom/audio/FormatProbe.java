package org.headroom.audio;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * Tries a capture format in a child JVM before Headroom opens it. Some drivers list formats
 * they cannot take: the PulseAudio plugin for ALSA lists 1 to 32 channels at 16/24/32 bits, and
 * opening 32-bit/32-channel on one machine aborted the whole JVM inside libpulse (exit 134, no
 * message). A child that dies that way only tells the parent "not this format".
 *
 * <p>A child costs about a second, so only formats beyond what every device opens routinely
 * are tried this way ({@link #risky}): 32-bit samples or more than two channels.
 */
public final class FormatProbe {
    /** Long enough for a JVM to start, open the line and read a little on a busy machine. */
    static final long TIMEOUT_MILLIS = 15_000;
    private static final int READ_MILLIS = 250;

    private FormatProbe() {
    }

    /** Beyond mono/stereo at 16 or 24 bits: what a driver may list without being able to deliver. */
    static boolean risky(CaptureFormat f) {
        return f.bits() > 24 || f.channels() > 2;
    }

    /** Whether a child JVM opened {@code format} on the device (null: the default one), read from it and exited cleanly. */
    static boolean survives(String device, CaptureFormat format, boolean bigEndian) {
        return childSucceeds(FormatProbe.class, List.of(device == null ? "" : device, format.toString(),
                Boolean.toString(bigEndian)), TIMEOUT_MILLIS);
    }

    /**
     * Runs {@code main} in a child JVM on this JVM's class path; true when it exits 0 in time.
     * Whatever happens to the child (an abort in native code, a hang), this process goes on.
     */
    static boolean childSucceeds(Class<?> main, List<String> args, long timeoutMillis) {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        Process p = null;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no child, no proof: the format stays unopened
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The child: open exactly this format, read a quarter of a second, exit 0; any failure exits 3. */
    public static void main(String[] args) {
        try {
            CaptureFormat f = CaptureFormat.parse(args[1]);
            DataLine.Info info = new DataLine.Info(TargetDataLine.class, LineSource.audioFormat(f, Boolean.parseBoolean(args[2])));
            Mixer mixer = args[0].isEmpty() ? null : CaptureDevices.find(args[0]);
            TargetDataLine line = (TargetDataLine) (mixer == null ? AudioSystem.getLine(info) : mixer.getLine(info));
            line.open(info.getFormats()[0]);
            line.start();
            byte[] b = new byte[Math.max(1, f.sampleRate() * READ_MILLIS / 1000) * info.getFormats()[0].getFrameSize()];
            int got = 0;
            while (got < b.length) {
                int n = line.read(b, got, b.length - got);
                if (n <= 0) break;
                got += n;
            }
            line.stop();
            line.close();
            System.exit(got == b.length ? 0 : 3);
        } catch (Exception | LinkageError e) {
            System.exit(3);
        }
    }
}
