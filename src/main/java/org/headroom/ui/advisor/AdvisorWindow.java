package org.headroom.ui.advisor;

import java.awt.Component;
import java.awt.Dimension;
import java.util.concurrent.ExecutionException;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import org.headroom.preset.PresetLoader;
import org.headroom.ui.common.KeyTable;
import org.headroom.ui.common.Theme;

/**
 * The mic advisor: "Advise" (questions, measurement, ranked advice), "Trainer" (scenarios scored
 * against the guide and the physics) and "Your recording" (measure, guess, compare).
 */
public final class AdvisorWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    final JTabbedPane tabs = new JTabbedPane();
    final AdvisePanel advise;
    final TrainerPanel trainer;
    final RecordingPanel recording;

    /** The advisor on its own: Listen… opens the system's default capture device. */
    AdvisorWindow(AdvisorCatalogue catalogue) {
        this(catalogue, MonitorLink.NONE);
    }

    /** @param monitor the monitor that opened it: Listen… hears that monitor's input */
    AdvisorWindow(AdvisorCatalogue catalogue, MonitorLink monitor) {
        super("Headroom \u2014 Mic advisor");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        advise = new AdvisePanel(catalogue);
        trainer = new TrainerPanel(catalogue);
        recording = new RecordingPanel(catalogue.noiseCriteria());
        advise.measureBar.listenInput = () -> ListenInput.from(monitor);
        recording.measureBar.listenInput = () -> ListenInput.from(monitor);
        tabs.setName("advisorTabs");
        tabs.addTab("Advise", null, advise, "Answer a few questions (and measure the place): Headroom ranks the mics.");
        tabs.addTab("Trainer", null, trainer, "Practise: choose a mic for a scenario and see how Headroom scores it.");
        tabs.addTab("Your recording", null, recording, "Measure your own recording, guess its figures, compare.");
        tabs.setMnemonicAt(0, KeyTable.ADVISOR.mnemonic("tab.advise"));
        tabs.setMnemonicAt(1, KeyTable.ADVISOR.mnemonic("tab.trainer"));
        tabs.setMnemonicAt(2, KeyTable.ADVISOR.mnemonic("tab.recording"));
        setContentPane(tabs);
        Theme.bindKey(getRootPane(), KeyTable.ADVISOR);
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                // a listening worker would otherwise hold the capture device (or its tap on the monitor's
                // capture) for the rest of its time
                advise.measureBar.stop();
                recording.measureBar.stop();
            }
        });
        setMinimumSize(new Dimension(1100, 720));
        setSize(1440, 900);
    }

    /**
     * Reads the advisor's presets off the EDT, then opens the window next to {@code parent}, whose
     * input Listen… hears through {@code monitor}. EDT only; returns at once. A preset that cannot
     * be read is said in a dialog, not a stack trace.
     */
    public static void open(Component parent, MonitorLink monitor) {
        new SwingWorker<AdvisorCatalogue, Void>() {
            @Override
            protected AdvisorCatalogue doInBackground() throws Exception {
                return AdvisorCatalogue.load(PresetLoader.standard());
            }

            @Override
            protected void done() {
                try {
                    AdvisorWindow w = new AdvisorWindow(get(), monitor);
                    w.setLocationRelativeTo(parent);
                    w.setVisible(true);
                } catch (ExecutionException e) {
                    JOptionPane.showMessageDialog(parent, "The mic advisor cannot read its presets: " + e.getCause().getMessage(),
                            "Mic advisor", JOptionPane.ERROR_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
