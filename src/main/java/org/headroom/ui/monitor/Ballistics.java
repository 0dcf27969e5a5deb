package org.headroom.ui.monitor;

/** What the level bars follow; the peak-hold marker and the held-peak number are always sample peak. */
enum Ballistics {
    SAMPLE_PEAK("Sample peak", "The loudest sample of the last 40 ms: what clips. Digital recorders meter this."),
    PPM_I("PPM Type I (DIN)", "IEC 60268-10 Type I programme meter: 5 ms integration, falls 20 dB in 1.7 s."
            + " Ignores very short peaks, so it reads a little under sample peak."),
    PPM_IIA("PPM Type IIa (BBC/EBU)", "IEC 60268-10 Type IIa programme meter: 10 ms integration, falls 24 dB"
            + " in 2.8 s. Broadcast engineers' habit; short peaks read low."),
    VU("VU", "IEC 60268-17 volume unit meter: about 300 ms to rise and fall, close to how loud it sounds;"
            + " peaks read far below their real level.");

    final String label;
    final String explanation;

    Ballistics(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    @Override
    public String toString() {
        return label;
    }
}
