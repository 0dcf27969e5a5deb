package org.headroom.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.headroom.audio.AudioSource;
import org.headroom.detect.SpeechActivity;

/**
 * What the mixing edits need beyond the timeline, worked out once when a render is planned: the
 * room tone (its sample measured) and each layer checked against its file and given its duck.
 *
 * @param roomTone null when nothing plays room tone
 * @param layers   in edit-list order
 * @param notes    what the result says: the room tone's stretch, each ducked layer's threshold and ducks
 */
public record Mix(RoomToneSynth roomTone, List<LayerPlan> layers, List<String> notes) {
    static final Mix NONE = new Mix(null, List.of(), List.of());

    public Mix {
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /**
     * The room tone fills and pauses play, from the source alone (so it is ready before the
     * effects' planning reads the spliced programme), or null when nothing plays room tone.
     */
    static RoomToneSynth roomTone(SourceOpener source, org.headroom.audio.SourceFormat format, Timeline t) throws IOException {
        if (!t.needsRoomTone()) return null;
        long[] range = t.roomToneRange();
        boolean chosen = range != null;
        if (!chosen) range = RoomToneSynth.quietestSecond(source, format.channels(), format.sampleRate(), t.sourceFrames());
        return RoomToneSynth.of(source, format.channels(), format.sampleRate(), range[0], range[1], chosen);
    }

    /**
     * @param tone the room tone ({@link #roomTone}), or null
     * @throws EdlException a layer file that is missing, or a range outside a layer file
     * @throws IOException  a layer file or the source that cannot be read (an AudioFileException names the file)
     */
    static Mix plan(Renderer.Rendering plain, RoomToneSynth tone, PassListener listener) throws IOException {
        Timeline t = plain.timeline();
        int rate = plain.sourceFormat().sampleRate();
        int channels = plain.sourceFormat().channels();
        List<String> notes = new ArrayList<>();
        if (tone != null) notes.add(tone.describe());
        if (t.layers().isEmpty()) return new Mix(tone, List.of(), notes);
        // every layer's file is checked before the (long) speech pass, so a typo fails at once
        for (Timeline.LayerSpan span : t.layers()) LayerPlan.of(span, plain.sourceFormat(), t.frames(), null);
        SpeechActivity speech = null;
        if (t.layers().stream().anyMatch(l -> l.layer().duck() != null)) {
            speech = findSpeech(plain.mixed(new Mix(tone, List.of(), notes)), channels, rate, listener);
        }
        List<LayerPlan> layers = new ArrayList<>();
        for (Timeline.LayerSpan span : t.layers()) {
            Edit.Duck duck = span.layer().duck();
            DuckEnvelope envelope = null;
            String name = span.layer().file().getFileName().toString();
            if (duck != null) {
                OptionalDouble auto = speech.autoThresholdDbfs();
                double threshold = Double.isNaN(duck.thresholdDb()) ? auto.orElse(Double.POSITIVE_INFINITY) : duck.thresholdDb();
                envelope = new DuckEnvelope(Double.isFinite(threshold) ? speech.speech(threshold) : List.of(), duck, rate);
                notes.add(Double.isFinite(threshold)
                        ? String.format(Locale.ROOT, "layer %s: ducked %d time%s by %.1f dB (speech at or above %.1f dBFS%s)", name,
                                envelope.ducks(), envelope.ducks() == 1 ? "" : "s", duck.depthDb(), threshold,
                                Double.isNaN(duck.thresholdDb()) ? ", from the programme" : "")
                        : "layer " + name + ": not ducked (the programme is silent)");
            }
            layers.add(LayerPlan.of(span, plain.sourceFormat(), t.frames(), envelope));
        }
        return new Mix(tone, layers, notes);
    }

    /** The programme as it sounds before the layers (all stages up to the fades), read once for speech. */
    private static SpeechActivity findSpeech(Renderer.Rendering programme, int channels, int rate, PassListener listener)
            throws IOException {
        SpeechActivity speech = new SpeechActivity(channels, rate);
        try (AudioSource s = programme.stream(0, Renderer.Stage.FADES)) {
            float[][] block = new float[channels][Renderer.BLOCK];
            long done = 0;
            for (int n; (n = s.read(block)) > 0; ) {
                speech.accept(block, n);
                done += n;
                listener.progress(Renderer.FINDING_SPEECH, done, programme.timeline().frames());
            }
        }
        return speech;
    }
}
