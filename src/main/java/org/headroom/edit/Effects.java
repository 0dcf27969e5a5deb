package org.headroom.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.headroom.advice.Room;
import org.headroom.advice.Rt60Estimate;
import org.headroom.audio.AudioSource;
import org.headroom.audio.SourceFormat;
import org.headroom.detect.ClipRule;
import org.headroom.dsp.Biquad;
import org.headroom.dsp.effects.ClipRepair;
import org.headroom.dsp.effects.Compressor;
import org.headroom.dsp.effects.FeedbackDelayReverb;
import org.headroom.dsp.effects.Leveller;
import org.headroom.dsp.effects.NoiseProfile;
import org.headroom.dsp.effects.WienerDenoiser;
import org.headroom.meter.Decibels;
import org.headroom.preset.PresetLoader;

/**
 * The effect and clean-up edits of one render (eq, compress, level, denoise, declip, reverb),
 * worked out once when the render is planned — presets and rooms looked up, the noise profile
 * measured, the declip gain found by a pass over the programme — and built into fresh stages
 * each time the programme is streamed.
 *
 * <p>Which edits count: every eq and every reverb, in the order they were made (each may have
 * its own range); for declip, denoise, level and compress the newest of each, as for the
 * high-pass (a second leveller would only fight the first).
 *
 * <p>Where they sit in the chain, and why (see {@link Renderer}): declip first, on the spliced
 * programme, because every later stage smears a flat top into something no longer recognisable
 * as a clip; denoise next, before any filter or level change alters the noise the profile
 * describes; then the high-pass and hum notch and the EQ, on the cleaned signal; then the
 * leveller and compressor, so they measure and act on the tone that will be heard; gain;
 * reverb after dynamics, so a compressor does not pump the tail and the leveller does not read
 * the room as speech; then fades (over the tail too) and the limiter last.
 */
final class Effects {
    /** The noise profile, by default: the quietest tenth of the source's frames (pauses, not speech). */
    static final double PROFILE_QUANTILE = 0.1;

    private final int rate;
    private final int channels;
    private final Edit.Declip declip;
    private final float clipHigh;
    private final float clipLow;
    private final int clipMinRun;
    private final boolean clipFlatTop;
    private final double declipGain;
    private final Edit.Denoise denoise;
    private final double[][] noise;
    private final List<List<Biquad>> eqs;
    private final List<ProgrammeMask> eqMasks;
    private final Edit.Level level;
    private final Edit.Compress compress;
    private final List<double[]> reverbs; // rt60, preDelayMs, mix, volume
    private final List<ProgrammeMask> reverbMasks;
    private final List<String> notes;

    private Effects(Builder b) {
        rate = b.rate;
        channels = b.channels;
        declip = b.declip;
        clipHigh = b.clipHigh;
        clipLow = b.clipLow;
        clipMinRun = b.clipMinRun;
        clipFlatTop = b.clipFlatTop;
        declipGain = b.declipGain;
        denoise = b.denoise;
        noise = b.noise;
        eqs = List.copyOf(b.eqs);
        eqMasks = new ArrayList<>(b.eqMasks);
        level = b.level;
        compress = b.compress;
        reverbs = List.copyOf(b.reverbs);
        reverbMasks = new ArrayList<>(b.reverbMasks);
        notes = List.copyOf(b.notes);
    }

    /** No effect edits. */
    static Effects none(int rate, int channels) {
        return new Effects(new Builder(rate, channels));
    }

    /**
     * @param programme the spliced programme's format (rate, channels, frames)
     * @param tone      the room tone fills and pauses play (declip's pass reads the programme with them), or null
     * @throws EdlException when an effect edit does not fit (unknown preset or room, a range outside the source)
     */
    static Effects plan(SourceOpener source, SourceFormat sourceFormat, SourceFormat programme, Timeline timeline, EditList list,
                        RoomToneSynth tone, PassListener listener) throws IOException {
        Builder b = new Builder(programme.sampleRate(), programme.channels());
        EffectPresets presets = null;
        for (int i = 0; i < list.edits().size(); i++) {
            Edit e = list.edits().get(i);
            String where = "edit " + (i + 1) + " (" + e.op() + "): ";
            if (e instanceof Edit.Eq q) {
                List<Edit.Eq.Band> bands = q.bands();
                if (q.preset() != null) {
                    if (presets == null) presets = new EffectPresets(PresetLoader.standard());
                    bands = presets.eq(where, q.preset());
                }
                b.eqs.add(sections(where, b.rate, bands));
                b.eqMasks.add(q.whole() ? null : mask(where, timeline, q.start(), q.end()));
            } else if (e instanceof Edit.Reverb r) {
                double rt60;
                double volume = Double.NaN;
                if (r.rt60() != null) {
                    rt60 = r.rt60();
                } else if (r.room() != null) {
                    if (presets == null) presets = new EffectPresets(PresetLoader.standard());
                    Room room = presets.room(where, r.room());
                    rt60 = room.rt60Seconds();
                    volume = room.volumeCubicMetres();
                    b.notes.add(String.format(Locale.ROOT, "reverb: room %s, %.0f m\u00b3, RT60 %.2f s", r.room(), volume, rt60));
                } else {
                    Rt60Estimate est = EffectPresets.match(where, r.matchRecording());
                    rt60 = est.seconds();
                    b.notes.add(String.format(Locale.ROOT, "reverb: RT60 %.2f s measured from %s (%s, %s confidence)", rt60,
                            r.matchRecording(), est.method().toString().toLowerCase(Locale.ROOT), est.confidenceWord()));
                }
                b.reverbs.add(new double[] {rt60, r.preDelayMs(), r.mix(), volume});
                b.reverbMasks.add(r.whole() ? null : mask(where, timeline, r.start(), r.end()));
            } else if (e instanceof Edit.Declip d) {
                b.declip = d;
            } else if (e instanceof Edit.Denoise d) {
                b.denoise = d;
                b.denoiseWhere = where;
            } else if (e instanceof Edit.Level l) {
                b.level = l;
            } else if (e instanceof Edit.Compress c) {
                b.compress = c;
            }
        }
        if (b.declip != null) b.planDeclip(source, sourceFormat, programme, timeline, tone, listener);
        if (b.denoise != null) b.planDenoise(source, sourceFormat, timeline);
        return new Effects(b);
    }

    private static List<Biquad> sections(String where, int rate, List<Edit.Eq.Band> bands) throws EdlException {
        List<Biquad> out = new ArrayList<>();
        for (Edit.Eq.Band band : bands) {
            if (band.hz() >= 0.49 * rate) {
                throw new EdlException(where + "band at " + band.hz() + " Hz is not under half the sample rate (" + rate + " Hz)");
            }
            out.add(switch (band.type()) {
                case HIGH_PASS -> Biquad.highPass(rate, band.hz(), band.q());
                case LOW_PASS -> Biquad.lowPass(rate, band.hz(), band.q());
                case LOW_SHELF -> Biquad.lowShelf(rate, band.hz(), band.gainDb(), band.q());
                case HIGH_SHELF -> Biquad.highShelf(rate, band.hz(), band.gainDb(), band.q());
                case PEAK -> Biquad.peak(rate, band.hz(), band.gainDb(), band.q());
                case NOTCH -> Biquad.notch(rate, band.hz(), band.q());
            });
        }
        return out;
    }

    private static ProgrammeMask mask(String where, Timeline timeline, double start, double end) throws EdlException {
        long[] r = Timeline.sourceRange(timeline.sampleRate(), timeline.sourceFrames(), where, start, end);
        return new ProgrammeMask(timeline.toProgramme(r[0], r[1]), timeline.sampleRate());
    }

    boolean isEmpty() {
        return declip == null && denoise == null && eqs.isEmpty() && level == null && compress == null && reverbs.isEmpty();
    }

    /** Whether a stage keeps state from block to block, so a seek must pre-roll. */
    boolean remembers() {
        return !isEmpty();
    }

    /** How long a seek pre-rolls for these effects: a reverb's tail to −90 dB, the leveller's window. */
    double prerollSeconds() {
        double s = 0;
        for (double[] r : reverbs) s = Math.max(s, 1.5 * r[0] + r[1] / 1000);
        if (level != null) s = Math.max(s, level.windowSeconds() * 2);
        return s;
    }

    /** What the plan decided that a person should be told (declip gain, noise profile, a room's figures). */
    List<String> notes() {
        return notes;
    }

    /** The gain declip applied to the whole programme, dB (0 without declip, ≤ 0 with). */
    double declipGainDb() {
        return declip == null ? 0 : Decibels.fromAmplitude(declipGain);
    }

    /** Declip, then denoise, each with its look-ahead taken out. */
    AudioSource cleanUp(AudioSource s, long frames) {
        if (declip != null) {
            int maxRun = (int) Math.max(1, Math.round(declip.maxRunMs() * 1e-3 * rate));
            s = new AlignedSource(s, new ClipRepair(channels, rate, clipHigh, clipLow, clipMinRun, maxRun, clipFlatTop, declipGain), frames);
        }
        if (denoise != null) s = new AlignedSource(s, new WienerDenoiser(rate, noise, denoise.reductionDb()), frames);
        return s;
    }

    /** One stage per EQ edit, in edit order, for a stream starting at programme frame {@code from}. */
    List<BlockProcessor> eq(long from) {
        List<BlockProcessor> out = new ArrayList<>();
        for (int i = 0; i < eqs.size(); i++) out.add(new EqStage(eqs.get(i), channels, eqMasks.get(i), from));
        return out;
    }

    /** Leveller (look-ahead removed), then compressor. */
    AudioSource dynamics(AudioSource s, long frames) {
        if (level != null) {
            s = new AlignedSource(s, new Leveller(channels, rate, level.targetDb(), level.maxGainDb(), level.windowSeconds()), frames);
        }
        if (compress != null) {
            s = new ProcessedSource(s, List.of(new EffectStage(new Compressor(rate, compress.thresholdDb(), compress.ratio(),
                    compress.attackMs(), compress.releaseMs(), compress.kneeDb(), compress.makeupDb()))));
        }
        return s;
    }

    /** One stage per reverb edit, in edit order. */
    List<BlockProcessor> reverb(long from) {
        List<BlockProcessor> out = new ArrayList<>();
        for (int i = 0; i < reverbs.size(); i++) {
            double[] r = reverbs.get(i);
            out.add(new ReverbStage(new FeedbackDelayReverb(channels, rate, r[0], r[1], r[2], r[3]), reverbMasks.get(i), from));
        }
        return out;
    }

    private static final class Builder {
        final int rate;
        final int channels;
        Edit.Declip declip;
        float clipHigh;
        float clipLow;
        int clipMinRun;
        boolean clipFlatTop;
        double declipGain = 1;
        Edit.Denoise denoise;
        String denoiseWhere;
        double[][] noise;
        final List<List<Biquad>> eqs = new ArrayList<>();
        final List<ProgrammeMask> eqMasks = new ArrayList<>();
        Edit.Level level;
        Edit.Compress compress;
        final List<double[]> reverbs = new ArrayList<>();
        final List<ProgrammeMask> reverbMasks = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Builder(int rate, int channels) {
            this.rate = rate;
            this.channels = channels;
        }

        /**
         * The clipping detector's rule for this material, then a pass of the repair over the
         * spliced programme for its highest new peak: the gain that brings it to full scale.
         */
        void planDeclip(SourceOpener source, SourceFormat sourceFormat, SourceFormat programme, Timeline timeline,
                        RoomToneSynth tone, PassListener listener) throws IOException {
            Integer bits = sourceFormat.isLossy() || sourceFormat.isFloat() ? null : sourceFormat.bitsPerSample();
            ClipRule rule = ClipRule.DEFAULT;
            clipHigh = rule.high(bits);
            clipLow = rule.low(bits);
            clipMinRun = rule.minRun();
            clipFlatTop = bits == null;
            int maxRun = (int) Math.max(1, Math.round(declip.maxRunMs() * 1e-3 * rate));
            ClipRepair trial = new ClipRepair(channels, rate, clipHigh, clipLow, clipMinRun, maxRun, clipFlatTop, 1.0);
            long total = timeline.frames();
            try (AudioSource s = new AlignedSource(new SpliceSource(source, programme, timeline, 0, tone), trial, total)) {
                float[][] block = new float[channels][Renderer.BLOCK];
                long done = 0;
                for (int n; (n = s.read(block)) > 0; ) {
                    done += n;
                    listener.progress("declipping", done, total);
                }
            }
            declipGain = trial.peak() > 1 ? 1 / trial.peak() : 1;
            notes.add(String.format(Locale.ROOT, "declip: %d clipped run%s rebuilt (%s); programme lowered by %.2f dB so the new peaks fit",
                    trial.repaired(), trial.repaired() == 1 ? "" : "s", rule.describe(), -Decibels.fromAmplitude(declipGain)));
        }

        /**
         * The noise profile: [profileStart, profileEnd) of the source, or the quietest tenth of its
         * frames by {@link NoiseProfile#frameLevelDb} (digital silence left out: it says nothing
         * about the noise).
         */
        void planDenoise(SourceOpener source, SourceFormat sourceFormat, Timeline timeline) throws IOException {
            int size = WienerDenoiser.frameSize(rate);
            NoiseProfile profile = new NoiseProfile(channels, rate);
            float[][] block = new float[channels][size];
            if (denoise.profileStart() != null) {
                long[] r = Timeline.sourceRange(rate, timeline.sourceFrames(), denoiseWhere, denoise.profileStart(), denoise.profileEnd());
                if (r[1] - r[0] < size) {
                    throw new EdlException(denoiseWhere + "the noise profile needs at least " + String.format(Locale.ROOT, "%.3f", (double) size / rate) + " s");
                }
                try (AudioSource s = source.open()) {
                    s.skip(r[0]);
                    long left = r[1] - r[0];
                    while (left >= size && readFully(s, block, size)) {
                        profile.accept(block, size);
                        left -= size;
                    }
                }
                notes.add(String.format(Locale.ROOT, "denoise: noise profile from %.3f to %.3f s of the source", (double) r[0] / rate, (double) r[1] / rate));
            } else {
                double[] energies = frameLevels(source, profile, block, size);
                double[] sorted = java.util.Arrays.stream(energies).filter(v -> v > Double.NEGATIVE_INFINITY).sorted().toArray();
                if (sorted.length == 0) {
                    notes.add("denoise: the source is digital silence; nothing to do");
                } else {
                    double limit = sorted[Math.min(sorted.length - 1, (int) Math.floor(PROFILE_QUANTILE * sorted.length))];
                    try (AudioSource s = source.open()) {
                        for (double v : energies) {
                            if (!readFully(s, block, size)) break;
                            if (v > Double.NEGATIVE_INFINITY && v <= limit) profile.accept(block, size);
                        }
                    }
                    notes.add(String.format(Locale.ROOT, "denoise: noise profile from the quietest tenth of the source (%d frames of %.0f ms)",
                            profile.frames(), 1000.0 * size / rate));
                }
            }
            noise = profile.power();
        }

        /** {@link NoiseProfile#frameLevelDb} of each whole frame of {@code size} in the source. */
        private double[] frameLevels(SourceOpener source, NoiseProfile profile, float[][] block, int size) throws IOException {
            double[] out = new double[1024];
            int count = 0;
            try (AudioSource s = source.open()) {
                while (readFully(s, block, size)) {
                    if (count == out.length) out = java.util.Arrays.copyOf(out, 2 * count);
                    out[count++] = profile.frameLevelDb(block);
                }
            }
            return java.util.Arrays.copyOf(out, count);
        }

        /** Reads exactly {@code size} frames into {@code block}; false at the end (a partial frame is dropped). */
        private static boolean readFully(AudioSource s, float[][] block, int size) throws IOException {
            int have = 0;
            float[][] part = new float[block.length][];
            while (have < size) {
                if (have == 0) {
                    int n = s.read(block);
                    if (n <= 0) return false;
                    have = n;
                    continue;
                }
                for (int c = 0; c < block.length; c++) part[c] = new float[size - have];
                int n = s.read(part);
                if (n <= 0) return false;
                for (int c = 0; c < block.length; c++) System.arraycopy(part[c], 0, block[c], have, n);
                have += n;
            }
            return true;
        }
    }
}
