package org.headroom.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.headroom.analysis.LiveSession;

import org.headroom.audio.AudioSource;
import org.headroom.audio.BitRate;
import org.headroom.audio.ReadNotice;
import org.headroom.audio.SourceFormat;
import org.headroom.meter.PpmBallistics;

/**
 * Wraps the session's source so the window gets what a {@link org.headroom.analysis.LiveSnapshot}
 * does not carry — the spectrum, both PPM types, block arrival times — computed on the capture
 * thread inside {@link #read}, and the room's RT60, estimated in the background from what it
 * hands a {@link ReverbWatch}. It wraps the source rather than using the session's block tap,
 * which belongs to the recorder; for the same reason the mic advisor's Listen… attaches its own
 * {@link LiveSession.BlockTap}s here, each handed every block on the capture thread.
 */
final class CaptureTap implements AudioSource {
    private final AudioSource inner;
    private final LiveSpectrum spectrum;
    private final PpmBallistics typeI;
    private final PpmBallistics typeIIa;
    private final double binHz;
    private final DeliveryClock clock = new DeliveryClock();
    private final AtomicReference<TapReading> latest = new AtomicReference<>();
    private final ReverbWatch reverb;
    /** Copy-on-write: the capture thread walks a snapshot without a lock while listeners come and go. */
    private final List<LiveSession.BlockTap> listeners = new CopyOnWriteArrayList<>();
    private float[] lastSpectrum;
    private long frames;

    CaptureTap(AudioSource inner) {
        this.inner = inner;
        SourceFormat f = inner.format();
        this.spectrum = new LiveSpectrum(f.channels(), f.sampleRate());
        this.typeI = new PpmBallistics(PpmBallistics.Type.TYPE_I, f.channels(), f.sampleRate());
        this.typeIIa = new PpmBallistics(PpmBallistics.Type.TYPE_IIA, f.channels(), f.sampleRate());
        this.binHz = (double) f.sampleRate() / LiveSpectrum.SIZE;
        this.reverb = new ReverbWatch(f.sampleRate()).start();
        latest.set(new TapReading(0, levels(typeI), levels(typeIIa), null, binHz));
    }

    @Override
    public int read(float[][] block) throws IOException {
        int n = inner.read(block);
        if (n <= 0) return n;
        frames += n;
        clock.mark(frames, System.nanoTime());
        typeI.accept(block, n);
        typeIIa.accept(block, n);
        float[] fresh = spectrum.accept(block, n);
        if (fresh != null) lastSpectrum = fresh;
        reverb.accept(block, n);
        for (LiveSession.BlockTap l : listeners) l.offer(block, n);
        latest.set(new TapReading(frames, levels(typeI), levels(typeIIa), lastSpectrum, binHz));
        return n;
    }

    private static double[] levels(PpmBallistics ppm) {
        double[] out = new double[ppm.channels()];
        for (int c = 0; c < out.length; c++) out[c] = ppm.levelDb(c);
        return out;
    }

    /** Any thread: {@code tap} is handed every block from now on, on the capture thread; it must copy and never block. */
    void addListener(LiveSession.BlockTap tap) {
        listeners.add(tap);
    }

    /** Any thread. */
    void removeListener(LiveSession.BlockTap tap) {
        listeners.remove(tap);
    }

    int listenerCount() {
        return listeners.size();
    }

    TapReading latest() {
        return latest.get();
    }

    ReverbWatch reverb() {
        return reverb;
    }

    DeliveryClock clock() {
        return clock;
    }

    AudioSource inner() {
        return inner;
    }

    @Override
    public SourceFormat format() {
        return inner.format();
    }

    @Override
    public List<ReadNotice> notices() {
        return inner.notices();
    }

    @Override
    public BitRate bitRate() {
        return inner.bitRate();
    }

    @Override
    public long overruns() {
        return inner.overruns();
    }

    @Override
    public void close() throws IOException {
        reverb.stop();
        inner.close();
    }
}
