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
 * handed over; everything else renders in one pass. Room tone needs its sample measured (and,
 * without a {@code roomTone} edit, the quietest second found: one more read of the source), and a
 * ducked layer needs the programme's speech found first (one read of the programme without its
 * layers), so the duck can start before the first syllable.
 *
 * <p><b>The chain's order</b> is fixed, whatever order the edits were made in, so an edit list
 * always means one programme; {@link Stage} lists it with the reason for each place. In short:
 * pieces (with gain and silence regions) → room-tone fill → declip → denoise → high-pass and hum
 * notch → EQ → compress/level → gain → reverb → fades → layers → normalisation and limiter.
 * Repair comes before shaping (declip needs the clipped runs still flat; denoise needs the noise
 * unfiltered, as profiled); filters before dynamics (rumble and hum would otherwise drive the
 * compressor); reverb after the dry chain, so its tail is not compressed or gated; the fades
 * shape the programme, not the layers, which have their own; the layers join after that so a
 * bed is not filtered, levelled or faded with the voice; normalisation and the limiter come
 * last because they must measure and hold everything that will be heard. Every stage keeps
 * samples where they were (no latency): an effect's output lines up with its source sample for sample.
 */
public final class Renderer {
    /** Frames per block in the render's own passes. */
    public static final int BLOCK = 8192;
    /** The limiter aims this far under the ceiling, so rounding in the writer cannot reach it. */
    static final double LIMITER_MARGIN_DB = 0.05;
    /** Loudness normalisation stops adjusting once this close to the target (the promise is ±0.1 LU). */
    static final double LOUDNESS_TOLERANCE_LU = 0.02;
    private static final int MAX_LOUDNESS_PASSES = 8;
    /** A listening plan's passes: one to measure, one to see what the limiter took and correct for it once, unchecked. */
    private static final int LISTENING_PASSES = 2;
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

    /**
     * The chain, in the order it runs; {@link Rendering#stream} builds it from this list alone
     * (the effects' own planning and reasons are in {@link Effects}).
     */
    public enum Stage {
        /** Cuts, trims, pastes, splits, crossfades, gain and silence regions: the material itself, by source position. */
        PIECES,
        /**
         * Silences filled with room tone and pauses: inside the splice, so a filled stretch is material
         * like any other (crossfaded, pasted, and processed by everything after it, as real room tone would be).
         */
        ROOM_TONE_FILL,
        /** First of the effects: the clipped runs must still be flat and at their level to be found. */
        DECLIP,
        /** Before filters and dynamics: the noise must look as it did where it was profiled. */
        DENOISE,
        /** High-pass then hum notch: rumble and hum out before anything reacts to level. */
        HIGH_PASS_NOTCH,
        /** Tone shaping after the clean-up, before dynamics, so the compressor hears the final balance. */
        EQ,
        /** Speech leveller, then compressor: the leveller evens the talkers out, the compressor then holds the peaks. */
        DYNAMICS,
        /** Whole-programme gain edits. */
        GAIN,
        /** After the dry chain, so the tail is not compressed, levelled or gated; it rings past its end. */
        REVERB,
        /** The programme's fade-in and fade-out (layers have their own). */
        FADES,
        /** Beds, effects and atmos: mixed after the voice's chain, ducked by the voice as it now sounds. */
        LAYERS,
        /** Peak or loudness normalisation and its true-peak limiter: last, since they must measure all that is heard. */
        NORMALISE
    }

    /** Stage names a {@link PassListener} is told. */
    static final String MEASURING = "measuring";
    static final String CHECKING = "checking the limiter";
    static final String FINDING_QUIET = "finding the quietest second";
    static final String FINDING_SPEECH = "finding speech for the duck";

    /** The edited programme, ready to read; the caller closes it. */
    public static AudioSource render(SourceOpener source, EditList edits) throws IOException {
        return plan(source, edits).open();
    }

    /** {@link #plan(SourceOpener, EditList, PassListener)} with nobody watching. */
    public static Rendering plan(SourceOpener source, EditList edits) throws IOException {
        return plan(source, edits, PassListener.NONE);
    }

    /**
     * Only what the mixing edits need (room tone, layers checked against their files, ducks from
     * the programme's speech), without the normalisation passes: for the editor's layer lane.
     *
     * @throws EdlException when the edits do not fit the source or a layer file
     */
    public static java.util.List<LayerShape> layers(SourceOpener source, EditList edits) throws IOException {
        SourceFormat format;
        long frames;
        try (AudioSource s = source.open()) {
            format = s.format();
            frames = format.frames() >= 0 ? format.frames() : s.skip(Long.MAX_VALUE);
        }
        Timeline timeline = Timeline.build(format.sampleRate(), frames, edits);
        if (timeline.layers().isEmpty()) return java.util.List.of();
        SourceFormat programme = format.withFrames(timeline.frames());
        RoomToneSynth tone = Mix.roomTone(source, format, timeline);
        Effects effects = Effects.plan(source, format, programme, timeline, edits, tone, PassListener.NONE);
        Rendering plain = new Rendering(source, format, programme, timeline, 0.0, Double.NaN, 0, Double.NaN,
                null, 0.0, effects, Mix.NONE);
        return Mix.plan(plain, tone, PassListener.NONE).layers().stream().map(LayerShape::new).toList();
    }

    /**
     * Works out everything the render needs: the timeline and, for normalisation, the gain
     * (and limiter ceiling), measuring the programme as often as that takes.
     *
     * @param listener told of each block of the measuring passes; may throw to stop
     * @throws EdlException when the edits do not fit the source
     */
    public static Rendering plan(SourceOpener source, EditList edits, PassListener listener) throws IOException {
        return plan(source, edits, listener, MAX_LOUDNESS_PASSES);
    }

    /**
     * A plan for listening, not for delivery: loudness normalisation measures the programme,
     * renders it once through the limiter, corrects the gain once for what the limiter took, and
     * stops there, unchecked; the delivery plan repeats until its meters read the target. Peaks
     * are held at the ceiling all the same; where the limiter works hard the programme plays a
     * little off the target. Each checking pass renders the whole chain again (denoise and all),
     * and the delivery plan takes up to eight, so this is what lets the editor play a long take soon.
     */
    public static Rendering planForListening(SourceOpener source, EditList edits, PassListener listener) throws IOException {
        return plan(source, edits, listener, LISTENING_PASSES);
    }

    private static Rendering plan(SourceOpener source, EditList edits, PassListener listener, int loudnessPasses) throws IOException {
        SourceFormat format;
        long frames;
        try (AudioSource s = source.open()) {
            format = s.format();
            frames = format.frames() >= 0 ? format.frames() : s.skip(Long.MAX_VALUE);
        }
        Timeline timeline = Timeline.build(format.sampleRate(), frames, edits);
        SourceFormat out = new SourceFormat("edit", "IEEE float", format.sampleRate(), format.channels(), 32, 32,
                timeline.frames(), format.channelRoles(), format.metadata(), format.channelMask());
        // effects and clean-up: presets, noise profile and declip gain, worked out once; then the
        // mixing (room tone, layers, ducks), which reads the programme through those effects
        RoomToneSynth tone = Mix.roomTone(source, format, timeline);
        Effects effects = Effects.plan(source, format, out, timeline, edits, tone, listener);
        Rendering plain = new Rendering(source, format, out, timeline, 0.0, Double.NaN, 0, Double.NaN, null, 0.0, effects, Mix.NONE);
        plain = plain.mixed(Mix.plan(plain, tone, listener));
        Edit normalise = timeline.normalise();
        if (normalise instanceof Edit.NormalisePeak p) return peak(plain, p, listener);
        if (normalise instanceof Edit.NormaliseLoudness l) return loudness(plain, l, listener, loudnessPasses);
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
    private static Rendering loudness(Rendering plain, Edit.NormaliseLoudness l, PassListener listener, int maxPasses) throws IOException {
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
        while (passes < maxPasses) {
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
                m, limiterGainDb, r.effects(), r.mix());
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
     * @param mix          room tone and layers, worked out against the source and the programme
     */
    public record Rendering(SourceOpener source, SourceFormat sourceFormat, SourceFormat format, Timeline timeline,
                            double gainDb, double ceilingDbtp, int passes, double reachedLufs, Measurement measured,
                            double limiterGainDb, Effects effects, Mix mix) {

        Rendering with(double newGainDb, double newCeilingDbtp, int newPasses) {
            return new Rendering(source, sourceFormat, format, timeline, newGainDb, newCeilingDbtp, newPasses, reachedLufs,
                    measured, limiterGainDb, effects, mix);
        }

        Rendering mixed(Mix newMix) {
            return new Rendering(source, sourceFormat, format, timeline, gainDb, ceilingDbtp, passes, reachedLufs, measured,
                    limiterGainDb, effects, newMix);
        }

        /**
         * Lines for the result, in the chain's order: what the effects' plan decided (the declip
         * gain, the noise profile used, the room), then the mixing's (which room tone was used,
         * how often each ducked layer went down).
         */
        public java.util.List<String> notes() {
            List<String> all = new ArrayList<>(effects.notes());
            all.addAll(mix.notes());
            return all;
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
                    limiterGainDb, effects, mix);
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

        /** How far declip lowered the whole programme, dB (0 without declip). */
        public double declipGainDb() {
            return effects.declipGainDb();
        }

        /** The whole chain ({@link Stage}) from programme frame {@code from}. */
        private AudioSource stream(long from) throws IOException {
            return stream(from, Stage.NORMALISE);
        }

        /**
         * The chain from programme frame {@code from} up to and including stage {@code last}, built
         * from {@link Stage}'s order: processors that only need the block gather into one
         * {@link ProcessedSource}; stages that read files (layers) or look ahead (declip, denoise,
         * the leveller, the limiter) wrap the stream.
         */
        AudioSource stream(long from, Stage last) throws IOException {
            if (isIdentity()) return source.open();
            long frames = timeline.frames() - from;
            AudioSource s = null;
            List<BlockProcessor> chain = new ArrayList<>();
            int rate = format.sampleRate();
            for (Stage stage : Stage.values()) {
                if (stage.compareTo(last) > 0) break;
                switch (stage) {
                    case PIECES -> s = new SpliceSource(source, format, timeline, from, mix.roomTone());
                    case ROOM_TONE_FILL -> {
                        // inside the splice (SourceEnvelope and the pause pieces): see Stage.ROOM_TONE_FILL
                    }
                    case DECLIP -> s = effects.cleanUp(flush(s, chain), frames); // declip, then denoise (look-ahead removed)
                    case DENOISE -> {
                        // in cleanUp, right after declip
                    }
                    case HIGH_PASS_NOTCH -> {
                        List<Biquad> filters = new ArrayList<>();
                        if (timeline.highPass() != null) filters.addAll(FilterChain.highPass(rate, timeline.highPass()));
                        if (timeline.humNotch() != null) filters.addAll(FilterChain.humNotch(rate, timeline.humNotch()));
                        if (!filters.isEmpty()) chain.add(new FilterChain(filters, format.channels()));
                    }
                    case EQ -> chain.addAll(effects.eq(from));
                    case DYNAMICS -> s = effects.dynamics(flush(s, chain), frames); // leveller (look-ahead removed), then compressor
                    case GAIN -> {
                        if (timeline.gainDb() != 0) chain.add(new GainProcessor(Decibels.toAmplitude(timeline.gainDb())));
                    }
                    case REVERB -> chain.addAll(effects.reverb(from));
                    case FADES -> {
                        if (timeline.fadeIn().frames() > 0 || timeline.fadeOut().frames() > 0) {
                            chain.add(new FadeProcessor(timeline.frames(), timeline.fadeIn(), timeline.fadeOut(), from));
                        }
                    }
                    case LAYERS -> {
                        if (!mix.layers().isEmpty()) {
                            s = flush(s, chain);
                            s = new LayeredSource(s, mix.layers(), from);
                        }
                    }
                    case NORMALISE -> {
                        if (gainDb != 0) chain.add(new GainProcessor(Decibels.toAmplitude(gainDb)));
                        s = flush(s, chain);
                        if (!Double.isNaN(ceilingDbtp)) {
                            s = new LimiterSource(s, Decibels.toAmplitude(ceilingDbtp), timeline.frames() - from);
                        }
                    }
                }
            }
            return flush(s, chain);
        }

        private static AudioSource flush(AudioSource s, List<BlockProcessor> chain) {
            if (chain.isEmpty()) return s;
            AudioSource out = new ProcessedSource(s, chain);
            chain.clear();
            return out;
        }
    }
}
