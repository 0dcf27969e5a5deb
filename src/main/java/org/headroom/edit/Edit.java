package org.headroom.edit;

/**
 * One edit, as data. Times are seconds on the source's own timeline, whatever other edits
 * do, so an edit list means the same thing in any order and an edit made in the editor can be
 * read back by a person. Where a record says so, a negative time counts back from the end of
 * the source ({@code -0.5} is half a second before the end), which lets one edit list trim
 * many clips of different lengths.
 *
 * <p>The constructors check what can be checked without the source and throw
 * {@link IllegalArgumentException} with a short reason ("end 7.5 is before start 9.0"); the
 * parser prefixes where it was found.
 */
public sealed interface Edit {

    /** The operation's name in an edit list ("cut", "fadeIn"...). */
    String op();

    /** Removes [start, end) of the source wherever the recording's own material plays. */
    record Cut(double start, double end) implements Edit {
        public Cut {
            Times.range(start, end);
        }

        @Override
        public String op() {
            return "cut";
        }
    }

    /** Keeps only [start, end) of the recording; several trims keep what they all keep. */
    record Trim(double start, double end) implements Edit {
        public Trim {
            Times.range(start, end);
        }

        @Override
        public String op() {
            return "trim";
        }
    }

    /** Divides the material at {@code at} into two pieces; the audio is unchanged. */
    record Split(double at) implements Edit {
        public Split {
            Times.time("at", at);
        }

        @Override
        public String op() {
            return "split";
        }
    }

    /**
     * Silences [start, end) of the source, with short ramps inside the range so it does not click;
     * with {@link Fill#ROOM_TONE} the stretch is filled with room tone instead of digital silence
     * (see {@link RoomTone}).
     */
    record Silence(double start, double end, Fill fill) implements Edit {
        public Silence {
            Times.range(start, end);
            if (fill == null) throw new IllegalArgumentException("fill is missing");
        }

        public Silence(double start, double end) {
            this(start, end, Fill.DIGITAL);
        }

        /** What a silenced stretch holds. */
        public enum Fill {
            DIGITAL("digital"), ROOM_TONE("roomTone");

            private final String jsonName;

            Fill(String jsonName) {
                this.jsonName = jsonName;
            }

            public String jsonName() {
                return jsonName;
            }

            public static Fill parse(String name) {
                for (Fill f : values()) {
                    if (f.jsonName.equals(name)) return f;
                }
                throw new IllegalArgumentException("fill must be \"digital\" or \"roomTone\", not \"" + name + "\"");
            }
        }

        @Override
        public String op() {
            return "silence";
        }
    }

    /**
     * Pastes a copy of the source's [from, to) before the material at source time {@code at}
     * (at the join, if {@code at} was cut). Cuts and trims do not remove a pasted clip.
     */
    record Insert(double at, double from, double to) implements Edit {
        public Insert {
            Times.nonNegative("at", at);
            Times.nonNegative("from", from);
            Times.nonNegative("to", to);
            if (to <= from) throw new IllegalArgumentException("to " + to + " is not after from " + from);
        }

        @Override
        public String op() {
            return "insert";
        }
    }

    /**
     * Gain in dB: over the whole programme when {@code start} and {@code end} are null, else
     * over [start, end) of the source with short ramps inside the range.
     */
    record Gain(double db, Double start, Double end) implements Edit {
        public Gain {
            Times.finite("db", db);
            if (db > 60 || db < -120) throw new IllegalArgumentException("db " + db + " is outside -120..60");
            if ((start == null) != (end == null)) throw new IllegalArgumentException("give both start and end, or neither");
            if (start != null) Times.range(start, end);
        }

        public Gain(double db) {
            this(db, null, null);
        }

        public boolean whole() {
            return start == null;
        }

        @Override
        public String op() {
            return "gain";
        }
    }

    /** Fades the programme in over its first {@code length} seconds. */
    record FadeIn(double length, FadeShape shape) implements Edit {
        public FadeIn {
            Times.positive("length", length);
            if (shape == null) throw new IllegalArgumentException("shape is missing");
        }

        @Override
        public String op() {
            return "fadeIn";
        }
    }

    /** Fades the programme out over its last {@code length} seconds. */
    record FadeOut(double length, FadeShape shape) implements Edit {
        public FadeOut {
            Times.positive("length", length);
            if (shape == null) throw new IllegalArgumentException("shape is missing");
        }

        @Override
        public String op() {
            return "fadeOut";
        }
    }

    /**
     * The crossfade of one join, overriding the list's default: the join whose left piece ends
     * or whose right piece starts at source time {@code at} (within 1 ms), e.g. either end of a cut.
     */
    record Crossfade(double at, double ms, FadeShape shape) implements Edit {
        public Crossfade {
            Times.nonNegative("at", at);
            Times.finite("ms", ms);
            if (ms < 0 || ms > EditList.MAX_CROSSFADE_MS) {
                throw new IllegalArgumentException("ms " + ms + " is outside 0.." + (int) EditList.MAX_CROSSFADE_MS);
            }
            if (shape == null) throw new IllegalArgumentException("shape is missing");
        }

        @Override
        public String op() {
            return "crossfade";
        }
    }

    /** Butterworth high-pass against rumble and handling noise: order 2 (12 dB/octave) or 4 (24 dB/octave). */
    record HighPass(double hz, int order) implements Edit {
        public HighPass {
            Times.finite("hz", hz);
            if (hz < 10 || hz > 1000) throw new IllegalArgumentException("hz " + hz + " is outside 10..1000");
            if (order != 2 && order != 4) throw new IllegalArgumentException("order must be 2 or 4, not " + order);
        }

        @Override
        public String op() {
            return "highPass";
        }
    }

    /** Notches at mains frequency {@code hz} (50 or 60) and its first {@code harmonics} − 1 multiples. */
    record HumNotch(double hz, int harmonics, double q) implements Edit {
        public HumNotch {
            if (hz != 50 && hz != 60) throw new IllegalArgumentException("hz must be 50 or 60, not " + hz);
            if (harmonics < 1 || harmonics > 20) throw new IllegalArgumentException("harmonics " + harmonics + " is outside 1..20");
            Times.finite("q", q);
            if (q < 1 || q > 200) throw new IllegalArgumentException("q " + q + " is outside 1..200");
        }

        @Override
        public String op() {
            return "humNotch";
        }
    }

    /** Scales the programme so its peak is {@code dbfs}: sample peak, or true peak (dBTP) when {@code truePeak}. */
    record NormalisePeak(double dbfs, boolean truePeak) implements Edit {
        public NormalisePeak {
            Times.finite("dbfs", dbfs);
            if (dbfs > 0 || dbfs < -60) throw new IllegalArgumentException("dbfs " + dbfs + " is outside -60..0");
        }

        @Override
        public String op() {
            return "normalisePeak";
        }
    }

    /**
     * Scales the programme to integrated loudness {@code lufs} and holds its true peak at or
     * under {@code ceilingDbtp} with a look-ahead limiter, so raising the level cannot clip.
     */
    record NormaliseLoudness(double lufs, double ceilingDbtp) implements Edit {
        public NormaliseLoudness {
            Times.finite("lufs", lufs);
            Times.finite("ceiling", ceilingDbtp);
            if (lufs > -5 || lufs < -50) throw new IllegalArgumentException("lufs " + lufs + " is outside -50..-5");
            if (ceilingDbtp > 0 || ceilingDbtp < -20) throw new IllegalArgumentException("ceiling " + ceilingDbtp + " is outside -20..0");
        }

        @Override
        public String op() {
            return "normaliseLoudness";
        }
    }

    // ---- mixing (issue 12, slice D1): layer with duck, roomTone, pause ----

    /**
     * Mixes another file into the programme from source time {@code at}, so it moves with the
     * material there when earlier material is cut. It plays the file's [from, to) once, or with
     * {@code loop} over and over until source time {@code until}. A relative file was resolved
     * against the edit list's folder when the list was read; other rates and channel counts are
     * converted.
     *
     * @param to    end in the layer file, seconds; NaN = the file's end
     * @param until with loop, the source time where it stops; NaN without loop
     * @param duck  lowers the layer under speech, or null
     */
    record Layer(java.nio.file.Path file, double at, double from, double to, double gainDb, double fadeIn, double fadeOut,
                 boolean loop, double until, Duck duck) implements Edit {
        public Layer {
            if (file == null) throw new IllegalArgumentException("\"file\" is missing");
            Times.nonNegative("at", at);
            Times.nonNegative("from", from);
            if (!Double.isNaN(to)) {
                Times.nonNegative("to", to);
                if (to <= from) throw new IllegalArgumentException("to " + to + " is not after from " + from);
            }
            Times.finite("gainDb", gainDb);
            if (gainDb > 24 || gainDb < -120) throw new IllegalArgumentException("gainDb " + gainDb + " is outside -120..24");
            Times.nonNegative("fadeIn", fadeIn);
            Times.nonNegative("fadeOut", fadeOut);
            if (loop && Double.isNaN(until)) throw new IllegalArgumentException("loop needs \"until\" (the source time where it stops)");
            if (!loop && !Double.isNaN(until)) throw new IllegalArgumentException("\"until\" needs \"loop\": true");
            if (loop) {
                Times.nonNegative("until", until);
                if (until <= at) throw new IllegalArgumentException("until " + until + " is not after at " + at);
            }
        }

        @Override
        public String op() {
            return "layer";
        }
    }

    /**
     * How a layer ducks under speech: down by {@code depthDb}, reaching it {@code attackMs}
     * before the first syllable, back up over {@code releaseMs} once speech has stopped for
     * {@code holdMs}; a pause too short for that whole envelope keeps it down.
     *
     * @param thresholdDb speech is a 10 ms frame at or above this RMS, dBFS; NaN = from the programme
     */
    record Duck(double depthDb, double attackMs, double releaseMs, double holdMs, double thresholdDb) {
        public static final Duck DEFAULT = new Duck(10, 150, 500, 200, Double.NaN);

        public Duck {
            Times.finite("depthDb", depthDb);
            if (depthDb <= 0 || depthDb > 60) throw new IllegalArgumentException("depthDb " + depthDb + " is outside 0..60 (more than 0)");
            Times.nonNegative("attackMs", attackMs);
            Times.nonNegative("releaseMs", releaseMs);
            Times.nonNegative("holdMs", holdMs);
            if (attackMs > 10_000 || releaseMs > 10_000 || holdMs > 10_000) {
                throw new IllegalArgumentException("attackMs, releaseMs and holdMs must each be at most 10000");
            }
            if (!Double.isNaN(thresholdDb)) {
                Times.finite("thresholdDb", thresholdDb);
                if (thresholdDb > 0 || thresholdDb < -120) throw new IllegalArgumentException("thresholdDb " + thresholdDb + " is outside -120..0");
            }
        }
    }

    /** The room tone fills and pauses are made of: source [start, end). Without one, the quietest second of the source. */
    record RoomTone(double start, double end) implements Edit {
        public RoomTone {
            Times.range(start, end);
        }

        @Override
        public String op() {
            return "roomTone";
        }
    }

    /** Inserts {@code length} seconds of room tone before the material at source time {@code at}, lengthening a pause. */
    record Pause(double at, double length) implements Edit {
        public Pause {
            Times.nonNegative("at", at);
            Times.positive("length", length);
            if (length > 3600) throw new IllegalArgumentException("length " + length + " is more than an hour");
        }

        @Override
        public String op() {
            return "pause";
        }
    }
    // ---- end of mixing ----

    // ---- Effects and clean-up (issue 12): eq, compress, level, denoise, declip, reverb ----

    /** How an optional source range of an effect is given: both ends, or neither for the whole programme. */
    private static void optionalRange(Double start, Double end) {
        if ((start == null) != (end == null)) throw new IllegalArgumentException("give both start and end, or neither");
        if (start != null) Times.range(start, end);
    }

    private static void within(String name, double v, double lo, double hi) {
        Times.finite(name, v);
        if (v < lo || v > hi) throw new IllegalArgumentException(name + " " + v + " is outside " + plain(lo) + ".." + plain(hi));
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Parametric EQ: RBJ biquads in series, from {@code bands} or from a named preset in
     * {@code presets/effects/} (telephone, radio, warm, presence); over [start, end) of the source
     * when given, with short ramps inside the range.
     */
    record Eq(java.util.List<Band> bands, String preset, Double start, Double end) implements Edit {
        public Eq {
            if ((bands == null || bands.isEmpty()) == (preset == null)) throw new IllegalArgumentException("give \"bands\" or \"preset\", one of them");
            bands = bands == null ? java.util.List.of() : java.util.List.copyOf(bands);
            optionalRange(start, end);
        }

        public boolean whole() {
            return start == null;
        }

        @Override
        public String op() {
            return "eq";
        }

        /** One EQ band; {@code gainDb} only counts for shelves and peaks. */
        public record Band(BandType type, double hz, double gainDb, double q) {
            public Band {
                if (type == null) throw new IllegalArgumentException("band type is missing (" + BandType.names() + ")");
                within("hz", hz, 10, 40000);
                within("gainDb", gainDb, -30, 30);
                within("q", q, 0.1, 100);
            }
        }
    }

    /** The shapes an EQ band can take, by their edit-list names. */
    enum BandType {
        HIGH_PASS("highPass", 0.7071), LOW_PASS("lowPass", 0.7071), LOW_SHELF("lowShelf", 0.7071),
        HIGH_SHELF("highShelf", 0.7071), PEAK("peak", 1.0), NOTCH("notch", 10.0);

        private final String jsonName;
        private final double defaultQ;

        BandType(String jsonName, double defaultQ) {
            this.jsonName = jsonName;
            this.defaultQ = defaultQ;
        }

        public String jsonName() {
            return jsonName;
        }

        /** Butterworth for passes and shelves (no bump), an octave or so for a peak, narrow for a notch. */
        public double defaultQ() {
            return defaultQ;
        }

        public static BandType parse(String name) {
            for (BandType t : values()) if (t.jsonName.equals(name)) return t;
            throw new IllegalArgumentException("unknown band type '" + name + "' (" + names() + ")");
        }

        static String names() {
            return java.util.Arrays.stream(values()).map(BandType::jsonName).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * Feed-forward compressor. With {@code kneeDb} 0 a steady tone whose level is above the
     * threshold comes out at threshold + (level − threshold)/ratio + makeup (levels as a sine's
     * peak, AES17: RMS + 3.01 dB).
     */
    record Compress(double thresholdDb, double ratio, double attackMs, double releaseMs, double kneeDb, double makeupDb)
            implements Edit {
        public Compress {
            within("thresholdDb", thresholdDb, -80, 0);
            within("ratio", ratio, 1, 100);
            within("attackMs", attackMs, 0.1, 1000);
            within("releaseMs", releaseMs, 1, 5000);
            within("kneeDb", kneeDb, 0, 24);
            within("makeupDb", makeupDb, -20, 40);
        }

        @Override
        public String op() {
            return "compress";
        }
    }

    /** Speech leveller: brings the active speech level to {@code targetDb} (dBFS RMS) with at most {@code maxGainDb} either way. */
    record Level(double targetDb, double maxGainDb, double windowSeconds) implements Edit {
        public Level {
            within("targetDb", targetDb, -50, -6);
            within("maxGainDb", maxGainDb, 0, 40);
            within("windowSeconds", windowSeconds, 0.5, 30);
        }

        @Override
        public String op() {
            return "level";
        }
    }

    /** Broadband noise reduction from a noise profile: [profileStart, profileEnd) of the source, or its quietest stretch. */
    record Denoise(double reductionDb, Double profileStart, Double profileEnd) implements Edit {
        public Denoise {
            within("reductionDb", reductionDb, 1, 40);
            if ((profileStart == null) != (profileEnd == null)) {
                throw new IllegalArgumentException("give both profileStart and profileEnd, or neither");
            }
            if (profileStart != null) Times.range(profileStart, profileEnd);
        }

        @Override
        public String op() {
            return "denoise";
        }
    }

    /** Reconstructs clipped runs up to {@code maxRunMs} long and lowers the programme just enough for the new peaks. */
    record Declip(double maxRunMs) implements Edit {
        public Declip {
            within("maxRunMs", maxRunMs, 0.1, 50);
        }

        @Override
        public String op() {
            return "declip";
        }
    }

    /**
     * Room acoustics: a reverberation of {@code rt60} seconds, or an environment preset's
     * ({@code room}: its volume and RT60), or the RT60 estimated from a recording
     * ({@code matchRecording}); exactly one of the three. Over [start, end) of the source when
     * given; the tail rings on past {@code end}.
     */
    record Reverb(Double rt60, double preDelayMs, double mix, String room, String matchRecording, Double start, Double end)
            implements Edit {
        public Reverb {
            int given = (rt60 != null ? 1 : 0) + (room != null ? 1 : 0) + (matchRecording != null ? 1 : 0);
            if (given != 1) throw new IllegalArgumentException("give one of \"rt60\", \"room\" or \"matchRecording\"");
            if (rt60 != null) {
                Times.finite("rt60", rt60);
                if (rt60 <= 0) throw new IllegalArgumentException("rt60 " + rt60 + " must be more than 0");
                if (rt60 > 20) throw new IllegalArgumentException("rt60 " + rt60 + " is over 20 s");
            }
            within("preDelayMs", preDelayMs, 0, 500);
            within("mix", mix, 0, 1);
            optionalRange(start, end);
        }

        public Reverb(double rt60) {
            this(rt60, 10.0, 0.25, null, null, null, null);
        }

        public boolean whole() {
            return start == null;
        }

        @Override
        public String op() {
            return "reverb";
        }
    }
}
