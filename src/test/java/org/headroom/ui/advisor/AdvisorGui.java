package org.headroom.ui.advisor;

import static org.headroom.testsupport.TestSignals.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.assertj.swing.edt.GuiActionRunner;
import org.headroom.audio.WavWriter;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.monitor.GuiTests;
import org.headroom.ui.common.Theme;

/**
 * Set-up shared by the advisor's GUI tests: run only with -Dheadroom.gui=true, and then a missing
 * display fails. The display check, waiting and screenshots are the monitor's ({@link GuiTests}).
 */
final class AdvisorGui {
    private AdvisorGui() {
    }

    static void requireDisplay() {
        GuiTests.requireDisplay();
    }

    /** The window as the Tools menu opens it: presets read off the EDT, the house dark theme. */
    static AdvisorWindow open() throws Exception {
        return open(MonitorLink.NONE);
    }

    /** As above, opened from a monitor that {@code monitor} stands for. */
    static AdvisorWindow open(MonitorLink monitor) throws Exception {
        AdvisorCatalogue catalogue = AdvisorCatalogue.load(PresetLoader.standard());
        return GuiActionRunner.execute(() -> {
            Theme.install(true);
            AdvisorWindow w = new AdvisorWindow(catalogue, monitor);
            w.setLocation(0, 0);
            w.setVisible(true);
            return w;
        });
    }

    /** The advisor a monitor window opened (Tools → Mic advisor…), once it shows; null if it never does. */
    static AdvisorWindow opened(long millis) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<AdvisorWindow> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof AdvisorWindow a && a.isShowing()) found.set(a);
            }
            return found.get() != null;
        }, millis);
        return found.get();
    }

    static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        return GuiTests.waitFor(condition, millis);
    }

    /**
     * A 12 s location recording of known make: 2 s of room tone, a clap, then speech through a
     * room of RT60 0.8 s, with pink noise 25 dB under the speech and 50 Hz hum at −40 dBFS.
     */
    static Path location(Path dir) throws IOException {
        int rate = 16_000;
        float[] h = roomImpulse(rate, 0.8, 3, 7);
        float[] speech = placeAt(rate, convolve(speechLike(rate, 8, -20, 7), h), 4, 12);
        float[] clap = placeAt(rate, convolve(clap(rate, -6, 7), h), 2, 12);
        float[] x = mix(mix(speech, clap), pinkNoise(rate, 12, -48, 107), hum(rate, 12, 50, -40));
        Path file = dir.resolve("location-16000-1-24.wav");
        WavWriter.write(file, rate, WavWriter.SampleFormat.PCM_24, new float[][] {x});
        return file;
    }

    /** Paints the window's content as the screen shows it. */
    static Path screenshot(javax.swing.JFrame w, String name) throws IOException {
        return GuiTests.screenshot(w, name);
    }
}
