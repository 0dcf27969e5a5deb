package org.headroom.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.dsp.Biquad;
import org.headroom.meter.Decibels;

/**
 * Turns (source, edit list) into a new {@link AudioSource} that streams the edited programme:
 * nothing holds more than a block and one crossfade, so memory does not grow with the file.
 * The source is never written to. Normalisation needs the whole programme measured first, so
 * {@link #plan} reads it once (peak) or two to four times (loudness) before the stream is
 * handed over; everything else renders in one pass.
 */
public final class Renderer {
    /** Frames per block in the render's own passes. */
    public static final int BLOCK = 8192;
    /** The limiter aims this far under the ceiling, so rounding in the writer cannot reach it. */
    static final double LIMITER_MARGIN_DB = 0.05;
    /** Loudness normalisation stops adjusting once this close to the target (the promise is ±0.1 LU). */
    static final double LOUDNESS_TOLERANCE_LU = 0.02;
    private static final int MAX_LOUDNESS_PASSES = 8;
    /** One correction never adds more than this: heavier limiting than that is a mistake to show, not to chase. */
    private static final double MAX_STEP_DB = 12.0;
    /** Below this many LU per dB of gain the limiter is doing all the work and the target is out of reach. */
    private static final double MIN_SLOPE = 0.1;

    private Renderer() {
    }

    /**
     * How early a seek starts a chain with memory (filters, the limiter): the limiter's release
     * (0.2 s time constant) and a sharp hum notch's ringing (about 0.2 s at Q 30) fall by e^-15 in
     * 3 s, below the last bit of 24-bit audio.
     */
    static final double PREROLL_SECONDS = 3.0;

    /** Stage names a {@link PassListener} is told. */
    static final String MEASURING = "measuring";
    static final String CHECKING = "checking the limiter";

    /** The edited programme, ready to read; the caller closes it. */
    public static AudioSource render(SourceOpener source, EditList edits) throws IOException {
        return plan(source, edits).open();
    }

    /** {@link #plan(SourceOpener, EditList, PassListener)} with nobody watching. */
    public static Rendering plan(SourceOpener source, EditList edits) throws IOException {
        return plan(source, edits, PassListener.NONE);
    }

    /**
     * Works out everything the render needs: the timeline and, for normalisation, the gain
     * (and limiter ceiling), measuring the programme as often as that takes.
     *
     * @param listener told of each block of the measuring passes; may throw to stop
     * @throws EdlException when the edits do not fit the source
     */
    public static Rendering plan(SourceOpener source, EditList edits, PassListener listener) throws IOException {
        SourceFormat format;
        long frames;
        try (AudioSource s = source.open()) {
            format = s.format();
            frames = format.frames() >= 0 ? format.frames() : s.skip(Long.MAX_VALUE);
        }
        Timeline timeline = Timeline.build(format.sampleRate(), frames, edits);
        SourceFormat out = new SourceFormat("edit", "IEEE float", format.sampleRate(), format.channels(), 32, 32,
                timeline.frames(), format.channelRoles(), format.metadata(), format.channelMask());
        // effects and clean-up (issue 12): presets, noise profile and declip gain, worked out once
        Effects effects = Effects.plan(source, format, out, timeline, edits, listener);
        Rendering plain = new Rendering(source, format, out, timeline, 0.0, Double.NaN, 0, Double.NaN, null, 0.0, effects);
        Edit normalise = timeline.normalise();
        if (normalise instanceof Edit.NormalisePeak p) return peak(plain, p, listener);
        if (normalise instanceof Edit.NormaliseLoudness l) return loudness(plain, l, listener);
        return plain;
    }

    private static Rendering peak(Rendering plain, Edit.NormalisePeak p, PassListener listener) throws IOException {
        Measurement m = Measurement.of(plain.open(), listener, MEASURING);
        double peak = p.truePeak() ? m.truePeakDbtp() : m.samplePeakDbfs();
        double gain = Double.isFinite(peak) ? p.dbfs() - peak : 0.0; // silence stays silence
        return plain.measured(m).with(gain, Double.NaN, 1);
    }

    /**
     * Gain to the target, then measure the limited result and correct, until the engine's meters
     * read the target within {@value #LOUDNESS_TOLERANCE_LU} LU and the true peak at or under the
     * ceiling. Where the limiter works hard each dB of gain adds less than a dB of loudness, so
     * the correction repeats; it converges in two or three passes on speech.
     */
    private static Rendering loudness(Rendering plain, Edit.NormaliseLoudness l, PassListener listener) throws IOException {
        Measurement m = Measurement.of(plain.open(), listener, MEASURING);
        plain = plain.measured(m);
        int passes = 1;
        if (!Double.isFinite(m.integratedLufs())) return plain.with(0.0, Double.NaN, passes);
        double gain = l.lufs() - m.integratedLufs();
        double ceiling = l.ceilingDbtp() - LIMITER_MARGIN_DB;
        double lastGain = Double.NaN; // the slope is only measured between limited passes
        double lastLoudness = Double.NaN;
        Rendering r = plain.with(gain, ceiling, passes);
        double reached = Double.NaN;
        double limiterGainDb = 0.0;
        while (passes < MAX_LOUDNESS_PASSES) {
            AudioSource trial = r.open();
            Measurement out = Measurement.of(trial, listener, CHECKING);
            if (trial instanceof LimiterSource limited) limiterGainDb = Decibels.fromAmplitude(limited.minGain());
            passes++;
            double error = l.lufs() - out.integratedLufs();
            double over = out.truePeakDbtp() - l.ceilingDbtp();
            reached = out.integratedLufs();
            if (Math.abs(error) <= LOUDNESS_TOLERANCE_LU && over <= 0) break;
            if (over > 0) ceiling -= over + 0.01;
            // secant step: where the limiter works, a dB of gain buys less than a dB of loudness
            double slope = (out.integratedLufs() - lastLoudness) / (gain - lastGain);
            if (Double.isFinite(slope) && slope < MIN_SLOPE && over <= 0) break; // the limiter is saturated: more gain only distorts
            slope = Double.isFinite(slope) ? Math.max(MIN_SLOPE, Math.min(1.0, slope)) : 1.0;
            lastGain = gain;
            lastLoudness = out.integratedLufs();
            gain += Math.min(MAX_STEP_DB, error / slope);
            r = plain.with(gain, ceiling, passes);
        }
        return new Rendering(r.source(), r.sourceFormat(), r.format(), r.timeline(), r.gainDb(), r.ceilingDbtp(), passes, reached,
                m, limiterGainDb, r.effects());
    }

    /**
     * A planned render: open it as many times as needed (each call streams from the start).
     *
     * @param gainDb       normalisation gain added to the timeline's own gain
     * @param ceilingDbtp  the limiter's ceiling, NaN for no limiter
     * @param passes       measuring passes the plan took
     * @param reachedLufs  after loudness normalisation, the loudness the last pass measured (NaN otherwise);
     *                     short of the target when the limiter could not get there without distorting
     * @param measured     the programme before normalisation, null without a normalise edit
     * @param limiterGainDb the deepest limiting in the last checking pass, dB (0 = the limiter never acted)
     */
    public record Rendering(SourceOpener source, SourceFormat sourceFormat, SourceFormat format, Timeline timeline,
                            double gainDb, double ceilingDbtp, int passes, double reachedLufs, Measurement measured,
                            double limiterGainDb, Effects effects) {

        Rendering with(double newGainDb, double newCeilingDbtp, int newPasses) {
            return new Rendering(source, sourceFormat, format, timeline, newGainDb, newCeilingDbtp, newPasses, reachedLufs,
                    measured, limiterGainDb, effects);
        }

        /**
         * The same render with {@code db} more gain before the limiter, which keeps its ceiling:
         * for a correction found after the render (an encoder that lost some loudness).
         */
        public Rendering withExtraGain(double db) {
            return with(gainDb + db, ceilingDbtp, passes);
        }

        /** The same render through the true-peak limiter at {@code dbtp}; for benches and tests that want it without measuring. */
        Rendering withCeiling(double dbtp) {
            return with(gainDb, dbtp, passes);
        }

        Rendering measured(Measurement before) {
            return new Rendering(source, sourceFormat, format, timeline, gainDb, ceilingDbtp, passes, reachedLufs, before,
                    limiterGainDb, effects);
        }

        /** A fresh stream of the edited programme. */
        public AudioSource open() throws IOException {
            return openAt(0);
        }

        /**
         * The edited programme from frame {@code start} on, found through the edit list rather than
         * by rendering what comes before: the piece or crossfade there, the fades and gain at that
         * point. Its {@link AudioSource#format()} describes the whole programme, as after
         * {@code open().skip(start)}, and what it reads equals that stream's samples exactly when
         * nothing in the chain remembers the past. Filters and the limiter do, so they start
         * {@value #PREROLL_SECONDS} s early and that stretch is thrown away: by then a cold
         * filter or limiter has settled to within float rounding of a warm one (see RendererSeekTest).
         */
        public AudioSource openAt(long start) throws IOException {
            if (start <= 0) return stream(0);
            if (isIdentity()) {
                AudioSource s = source.open();
                s.skip(start); // a jump for PCM
                return s;
            }
            double prerollSeconds = Math.max(PREROLL_SECONDS, effects.prerollSeconds());
            long preroll = remembers() ? Math.min(start, Math.round(prerollSeconds * format.sampleRate())) : 0;
            AudioSource s = stream(start - preroll);
            if (s.skip(preroll) < preroll) throw new IOException("the programme ended during the pre-roll");
            return s;
        }

        /** Whether a stage keeps state from one block to the next (beyond where it is). */
        private boolean remembers() {
            return timeline.highPass() != null || timeline.humNotch() != null || !Double.isNaN(ceilingDbtp) || effects.remembers();
        }

        /** True when the output is the source, bit for bit. */
        private boolean isIdentity() {
            return timeline.isIdentity() && effects.isEmpty();
        }

        /** What the effects' plan decided that a person should be told (the declip gain, the noise profile used...). */
        public List<String> effectNotes() {
            return effects.notes();
        }

        /** How far declip lowered the whole programme, dB (0 without declip). */
        public double declipGainDb() {
            return effects.declipGainDb();
        }

        private AudioSource stream(long from) throws IOException {
            if (isIdentity()) return source.open();
            long frames = timeline.frames() - from;
            AudioSource s = new SpliceSource(source, format, timeline, from);
            s = effects.cleanUp(s, frames); // declip, then denoise (look-ahead removed)
            List<BlockProcessor> chain = new ArrayList<>();
            int rate = format.sampleRate();
            List<Biquad> filters = new ArrayList<>();
            if (timeline.highPass() != null) filters.addAll(FilterChain.highPass(rate, timeline.highPass()));
            if (timeline.humNotch() != null) filters.addAll(FilterChain.humNotch(rate, timeline.humNotch()));
            if (!filters.isEmpty()) chain.add(new FilterChain(filters, format.channels()));
            chain.addAll(effects.eq(from));
            if (!chain.isEmpty()) {
                s = new ProcessedSource(s, chain);
                chain = new ArrayList<>();
            }
            s = effects.dynamics(s, frames); // leveller (look-ahead removed), then compressor
            double gain = timeline.gainDb() + gainDb;
            if (gain != 0) chain.add(new GainProcessor(Decibels.toAmplitude(gain)));
            chain.addAll(effects.reverb(from));
            if (timeline.fadeIn().frames() > 0 || timeline.fadeOut().frames() > 0) {
                chain.add(new FadeProcessor(timeline.frames(), timeline.fadeIn(), timeline.fadeOut(), from));
            }
            if (!chain.isEmpty()) s = new ProcessedSource(s, chain);
            if (!Double.isNaN(ceilingDbtp)) s = new LimiterSource(s, Decibels.toAmplitude(ceilingDbtp), timeline.frames() - from);
            return s;
        }
    }
}
