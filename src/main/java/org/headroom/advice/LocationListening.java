package org.headroom.advice;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.headroom.audio.AudioSource;
import org.headroom.dsp.AbsPeak;
import org.headroom.meter.Decibels;

/**
 * Measures a place by listening to it live for a set time: reads a source (a capture line, or
 * anything that behaves like one) in 100 ms blocks straight into a {@link LocationMeasurement},
 * so the figures are the very ones a recording of the same sound would give. Nothing is kept but
 * what the measurement itself holds in memory. Runs on whatever thread calls {@link #listen};
 * a live read blocks, so that is never a UI thread.
 */
public final class LocationListening {
    public static final int MIN_SECONDS = 10;
    public static final int MAX_SECONDS = 30;
    public static final int DEFAULT_SECONDS = 20;
    /** The quiet start the prompt asks for: enough for the quietest 500 ms to be room tone, with margin. */
    public static final double ROOM_TONE_SECONDS = 5;
    public static final String PROMPT =
            "5 s of quiet room tone, then talk as you would on the take, and clap once if you can.";

    /** Told after every block, on the listening thread: how far along, and the block's peak. */
    public interface Heard {
        void heard(double seconds, double peakDbfs);
    }

    private final AudioSource source;
    private final int seconds;
    private final NoiseCriteria criteria;

    /**
     * @param seconds  how long to listen, {@link #MIN_SECONDS} to {@link #MAX_SECONDS}
     * @param criteria the NC curves the place is rated against
     */
    public LocationListening(AudioSource source, int seconds, NoiseCriteria criteria) {
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new IllegalArgumentException(secondsProblem(seconds));
        this.source = source;
        this.seconds = seconds;
        this.criteria = criteria;
    }

    /** Why a listening time is refused, in the words the command line and the window use. */
    public static String secondsProblem(double seconds) {
        return String.format(Locale.ROOT, "listen for %d to %d seconds, not %s", MIN_SECONDS, MAX_SECONDS,
                seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds));
    }

    /** What to do at this moment of the listening, for a person. */
    public static String cue(double elapsed) {
        return elapsed < ROOM_TONE_SECONDS ? "Quiet, please: room tone" : "Now talk as you would on the take; clap once if you can";
    }

    /**
     * Listens until the time is up or the source ends (a file played as live may be shorter: the
     * result then covers what came, and its {@link Location#seconds()} says how much).
     *
     * @param stop polled between blocks; when it turns true the listening is abandoned
     * @throws CancellationException when stopped
     */
    public Location listen(double talkerMetres, Heard heard, BooleanSupplier stop) throws IOException {
        int rate = source.format().sampleRate();
        int channels = source.format().channels();
        LocationMeasurement m = new LocationMeasurement(channels, rate, criteria);
        long wanted = (long) seconds * rate;
        float[][] block = new float[channels][Math.max(1, rate / 10)];
        long done = 0;
        while (done < wanted) {
            if (stop.getAsBoolean()) throw new CancellationException("stopped listening");
            int n = source.read(block);
            if (n <= 0) break;
            n = (int) Math.min(n, wanted - done);
            m.accept(block, n);
            done += n;
            heard.heard((double) done / rate, peakDbfs(block, n));
        }
        if (stop.getAsBoolean()) throw new CancellationException("stopped listening");
        return m.result(talkerMetres);
    }

    public int seconds() {
        return seconds;
    }

    private static double peakDbfs(float[][] block, int n) {
        double peak = 0;
        for (float[] ch : block) peak = Math.max(peak, AbsPeak.of(ch, 0, n));
        return Decibels.fromAmplitude(peak);
    }
}
