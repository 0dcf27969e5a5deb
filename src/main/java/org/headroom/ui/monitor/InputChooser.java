package org.headroom.ui.monitor;

import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.ui.common.KeyTable;

/**
 * Chooses what to meter: the demo input, the default device, every capture device with its
 * formats, or a file played as live. Devices are listed in a SwingWorker (javax.sound can take
 * a while, and the EDT never waits on a device). Choosing an input switches at once; a format
 * is only opened once the choice is committed (the list closed on it, or Enter), never while
 * the user browses the list with the arrow keys: each opening of a device costs time, and on
 * some systems an unsupported format opened there has taken the whole process down.
 */
final class InputChooser extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String OPEN_FILE = "File played as live\u2026";

    /** One entry of the input list. */
    record Choice(String label, InputSpec spec, CaptureDevice device) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final JComboBox<Object> inputs = new JComboBox<>();
    private final JComboBox<CaptureFormat> formats = new JComboBox<>();
    private final Supplier<List<CaptureDevice>> lister;
    private final CaptureFormat request;
    private final Consumer<InputSpec> chosen;
    private final List<Choice> files = new ArrayList<>();
    private List<CaptureDevice> devices = List.of();
    private boolean quiet;
    private InputSpec current = new InputSpec.Demo();
    /** The format last opened (or shown as running) for the device in the list; browsing leaves it. */
    private CaptureFormat committedFormat;
    /** The open list was dismissed with Escape: its browsing is undone, not opened. */
    private boolean popupCancelled;

    InputChooser(Supplier<List<CaptureDevice>> lister, CaptureFormat request, Consumer<InputSpec> chosen) {
        super(new FlowLayout(FlowLayout.LEFT, 6, 0));
        this.lister = lister;
        this.request = request;
        this.chosen = chosen;
        setOpaque(false);
        JLabel label = new JLabel("Input");
        label.setDisplayedMnemonic(KeyTable.MONITOR.mnemonic("input"));
        label.setLabelFor(inputs);
        inputs.setName("input");
        inputs.setPrototypeDisplayValue("Demo input (bundled take, played live)XXXXXX");
        inputs.setToolTipText("What to listen to: a sound card, the demo take, or a file played in real time ("
                + KeyTable.MONITOR.hint("input") + ").");
        inputs.addActionListener(e -> inputPicked());
        JLabel fl = new JLabel("Format");
        fl.setDisplayedMnemonic(KeyTable.MONITOR.mnemonic("format"));
        fl.setLabelFor(formats);
        formats.setName("format");
        formats.setPrototypeDisplayValue(new CaptureFormat(192000, 24, 2));
        formats.setToolTipText("Sample rate, bit depth and channels to ask the device for ("
                + KeyTable.MONITOR.hint("format") + ").");
        formats.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s,
                                                                   boolean f) {
                Object text = v instanceof CaptureFormat c ? c.rateAndBits() + " / " + c.channels() + " ch"
                        : "\u2014";
                return super.getListCellRendererComponent(l, text, i, s, f);
            }
        });
        // no action listener: JComboBox fires one for every arrow key; commit on close or Enter only
        formats.addPopupMenuListener(new javax.swing.event.PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(javax.swing.event.PopupMenuEvent e) {
                popupCancelled = false;
            }

            @Override
            public void popupMenuWillBecomeInvisible(javax.swing.event.PopupMenuEvent e) {
                // after the list's own handling of the click or key that closed it
                javax.swing.SwingUtilities.invokeLater(() -> {
                    if (popupCancelled) revertFormat();
                    else formatPicked();
                });
            }

            @Override
            public void popupMenuCanceled(javax.swing.event.PopupMenuEvent e) {
                popupCancelled = true;
            }
        });
        formats.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "headroom.commitFormat");
        formats.getActionMap().put("headroom.commitFormat", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (formats.isPopupVisible()) formats.setPopupVisible(false); // closing commits
                else formatPicked();
            }
        });
        JButton refresh = new JButton("\u21bb");
        refresh.setName("refresh-devices");
        refresh.setToolTipText("List the capture devices again (after plugging one in).");
        refresh.getAccessibleContext().setAccessibleName("Refresh devices");
        refresh.addActionListener(e -> refresh());
        add(label);
        add(inputs);
        add(fl);
        add(formats);
        add(refresh);
        fill();
    }

    /** Lists the devices in the background, then rebuilds the list keeping the current choice. */
    void refresh() {
        new SwingWorker<List<CaptureDevice>, Void>() {
            @Override
            protected List<CaptureDevice> doInBackground() {
                return lister.get();
            }

            @Override
            protected void done() {
                try {
                    devices = get();
                } catch (ExecutionException e) {
                    devices = List.of();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                fill();
            }
        }.execute();
    }

    /** Shows the input now running without switching again (after a fallback to the demo, say). */
    void showCurrent(InputSpec spec) {
        current = spec;
        quiet = true;
        try {
            if (spec instanceof InputSpec.FileAsLive f && files.stream().noneMatch(c -> c.spec().equals(spec))) {
                files.add(new Choice(f.label(), spec, null));
                fill();
            }
            for (int i = 0; i < inputs.getItemCount(); i++) {
                if (inputs.getItemAt(i) instanceof Choice c && sameInput(c.spec(), spec)) {
                    inputs.setSelectedIndex(i);
                    break;
                }
            }
            fillFormats(spec instanceof InputSpec.Device d ? d.format() : null);
        } finally {
            quiet = false;
        }
    }

    private static boolean sameInput(InputSpec a, InputSpec b) {
        if (a instanceof InputSpec.Device da && b instanceof InputSpec.Device db) {
            return java.util.Objects.equals(da.name(), db.name());
        }
        return a.equals(b);
    }

    private void fill() {
        quiet = true;
        try {
            Object selected = inputs.getSelectedItem();
            inputs.removeAllItems();
            inputs.addItem(new Choice(new InputSpec.Demo().label(), new InputSpec.Demo(), null));
            if (!devices.isEmpty()) {
                inputs.addItem(new Choice("Default capture device", new InputSpec.Device(null, request), devices.get(0)));
            }
            for (CaptureDevice d : devices) inputs.addItem(new Choice(d.name(), new InputSpec.Device(d.name(), request), d));
            for (Choice f : files) inputs.addItem(f);
            inputs.addItem(OPEN_FILE);
            if (selected instanceof Choice c) {
                for (int i = 0; i < inputs.getItemCount(); i++) {
                    if (inputs.getItemAt(i) instanceof Choice o && sameInput(o.spec(), c.spec())) inputs.setSelectedIndex(i);
                }
            }
            fillFormats(null);
        } finally {
            quiet = false;
        }
    }

    private void fillFormats(CaptureFormat selected) {
        formats.removeAllItems();
        if (inputs.getSelectedItem() instanceof Choice c && c.device() != null) {
            for (CaptureFormat f : offered(c.device())) formats.addItem(f);
            formats.setSelectedItem(selected != null ? selected : request);
            committedFormat = (CaptureFormat) formats.getSelectedItem();
            formats.setEnabled(true);
        } else {
            formats.setEnabled(false);
        }
    }

    /**
     * The device's formats made concrete, as the engine would try them: an open channel count takes
     * the request's, an open rate each common rate (44.1 to 96 kHz), not only the request's 48 kHz.
     * Listing opens nothing; only a committed choice is opened (risky ones probed first).
     */
    private List<CaptureFormat> offered(CaptureDevice d) {
        Set<CaptureFormat> out = new LinkedHashSet<>();
        out.add(request);
        for (CaptureFormat f : d.formats()) out.addAll(f.concrete(request));
        return new ArrayList<>(out);
    }

    private void inputPicked() {
        if (quiet) return;
        Object item = inputs.getSelectedItem();
        if (OPEN_FILE.equals(item)) {
            pickFile();
            return;
        }
        if (item instanceof Choice c) {
            quiet = true;
            fillFormats(null);
            quiet = false;
            chosen.accept(c.spec());
        }
    }

    /** Opens the format in the list if it is not the one already open. */
    private void formatPicked() {
        if (quiet) return;
        if (inputs.getSelectedItem() instanceof Choice c && c.spec() instanceof InputSpec.Device d
                && formats.getSelectedItem() instanceof CaptureFormat f && !f.equals(committedFormat)) {
            committedFormat = f;
            chosen.accept(new InputSpec.Device(d.name(), f));
        }
    }

    /** Puts the list back on the format that is open. */
    private void revertFormat() {
        quiet = true;
        try {
            if (committedFormat != null) formats.setSelectedItem(committedFormat);
        } finally {
            quiet = false;
        }
    }

    private void pickFile() {
        JFileChooser chooser = new JFileChooser(Path.of("").toAbsolutePath().toFile());
        chooser.setName("file-chooser");
        chooser.setDialogTitle("Play a file as if it were live");
        chooser.setFileFilter(new FileNameExtensionFilter("Audio files (WAV, BWF, RF64, AIFF, FLAC, MP3, Ogg)",
                "wav", "bwf", "rf64", "aif", "aiff", "aifc", "flac", "mp3", "ogg"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            chooseFile(chooser.getSelectedFile().toPath());
        } else {
            showCurrent(current);
        }
    }

    /** Plays a file as live, as if picked from the list. */
    void chooseFile(Path file) {
        InputSpec spec = new InputSpec.FileAsLive(file.toAbsolutePath());
        showCurrent(spec);
        chosen.accept(spec);
    }
}
