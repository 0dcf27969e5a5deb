package org.headroom.audio;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** The javax.sound mixers that can record: every mixer offering a TargetDataLine. */
public final class CaptureDevices {
    private CaptureDevices() {
    }

    /** Every capture device, in the system's order (the first is usually the default). */
    public static List<CaptureDevice> list() {
        List<CaptureDevice> devices = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            List<DataLine.Info> lines = targetLines(mixer);
            if (!lines.isEmpty()) {
                devices.add(new CaptureDevice(info.getName(), info.getDescription(), formats(lines)));
            }
        }
        return devices;
    }

    /**
     * The mixer a user means by {@code name}: an exact name first, then the one device whose
     * name contains it ignoring case ("USB" for "USB Audio [plughw:1,0]").
     */
    static Mixer find(String name) throws DeviceException {
        List<Mixer.Info> capture = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (!targetLines(AudioSystem.getMixer(info)).isEmpty()) capture.add(info);
        }
        for (Mixer.Info info : capture) {
            if (info.getName().equals(name)) return AudioSystem.getMixer(info);
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        List<Mixer.Info> partial = capture.stream()
                .filter(i -> i.getName().toLowerCase(Locale.ROOT).contains(wanted)).collect(Collectors.toList());
        if (partial.size() == 1) return AudioSystem.getMixer(partial.get(0));
        if (capture.isEmpty()) throw new DeviceException(name, "not found (this system has no capture devices)");
        String names = (partial.isEmpty() ? capture : partial).stream()
                .map(i -> "'" + i.getName() + "'").collect(Collectors.joining(", "));
        throw new DeviceException(name, (partial.isEmpty() ? "not found; devices: " : "matches more than one device: ") + names);
    }

    static List<DataLine.Info> targetLines(Mixer mixer) {
        List<DataLine.Info> lines = new ArrayList<>();
        for (Line.Info info : mixer.getTargetLineInfo()) {
            // Port mixers list Port lines here too; only a TargetDataLine delivers samples.
            if (info instanceof DataLine.Info data && TargetDataLine.class.isAssignableFrom(data.getLineClass())) {
                lines.add(data);
            }
        }
        return lines;
    }

    /** Signed, packed 16/24/32-bit PCM, endianness folded together: that is what LineSource opens. */
    static List<CaptureFormat> formats(List<DataLine.Info> lines) {
        Set<CaptureFormat> formats = new LinkedHashSet<>();
        for (DataLine.Info line : lines) {
            for (AudioFormat f : line.getFormats()) {
                CaptureFormat usable = usable(f);
                if (usable != null) formats.add(usable);
            }
        }
        return List.copyOf(formats);
    }

    private static CaptureFormat usable(AudioFormat f) {
        if (!AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding())) return null;
        int bits = f.getSampleSizeInBits();
        if (bits != 16 && bits != 24 && bits != 32) return null;
        int channels = f.getChannels();
        // 24 bits in 4-byte containers would need their own unpacking; the packed form is always offered too.
        if (channels != AudioSystem.NOT_SPECIFIED && f.getFrameSize() != AudioSystem.NOT_SPECIFIED
                && f.getFrameSize() != channels * (bits / 8)) {
            return null;
        }
        int rate = Math.round(f.getSampleRate());
        return new CaptureFormat(rate <= 0 ? CaptureFormat.ANY : rate, bits,
                channels <= 0 ? CaptureFormat.ANY : channels);
    }
}
