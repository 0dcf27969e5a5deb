package org.headroom.ui.common;

import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * One window's keys: every accelerator and mnemonic it binds, in one table that its menus,
 * buttons and labels read, so two actions cannot quietly share a key (the monitor's Alt+R once
 * reset the loudness meter instead of recording). {@link #collisions()} lists any clash.
 *
 * <p>A mnemonic lives in a <em>scope</em>: {@link #WINDOW} for what Alt+letter reaches from
 * anywhere in the window (the menu bar's menus, buttons and labels that are always showing),
 * {@code "menu:NAME"} for the items of one open menu (a bare letter), and {@code "tab:NAME"} for
 * controls that show only on one tab (Swing fires a mnemonic only for a component that shows).
 * Accelerators are window-wide.
 */
public final class KeyTable {
    public static final String WINDOW = "window";
    /** Ctrl on Linux and Windows, Cmd on a Mac. */
    public static final int MENU = menuMask();

    /** One bound action: what it is called on screen, where its mnemonic applies, its keys. */
    public record Key(String id, String label, String scope, int mnemonic, KeyStroke accelerator) {
        /** Alt+letter for a mnemonic reached from the whole window or a tab; null inside a menu. */
        public KeyStroke altMnemonic() {
            if (mnemonic == 0 || scope.startsWith("menu:")) return null;
            return KeyStroke.getKeyStroke(mnemonic, InputEvent.ALT_DOWN_MASK);
        }
    }

    /** The day's sound report for a folder of takes: the same item in the monitor's and the editor's File menu. */
    private static final String FOLDER_REPORT = "Sound report for a folder\u2026";
    public static final KeyTable MONITOR = monitor();
    public static final KeyTable EDITOR = editor();
    public static final KeyTable ADVISOR = advisor();

    private final String window;
    private final Map<String, Key> keys = new LinkedHashMap<>();

    private KeyTable(String window) {
        this.window = window;
    }

    /** A table of one's own (tests of the collision rule). */
    static KeyTable of(String window, List<Key> keys) {
        KeyTable t = new KeyTable(window);
        keys.forEach(t::put);
        return t;
    }

    public static List<KeyTable> all() {
        return List.of(MONITOR, EDITOR, ADVISOR);
    }

    public String window() {
        return window;
    }

    public Collection<Key> keys() {
        return Collections.unmodifiableCollection(keys.values());
    }

    public Key key(String id) {
        Key k = keys.get(id);
        if (k == null) throw new IllegalArgumentException("no key '" + id + "' in the " + window + "'s table");
        return k;
    }

    public String label(String id) {
        return key(id).label();
    }

    /** The mnemonic as a KeyEvent.VK_ code, 0 for none. */
    public int mnemonic(String id) {
        return key(id).mnemonic();
    }

    public KeyStroke accelerator(String id) {
        return key(id).accelerator();
    }

    /** How a tooltip names the key: "Alt+R", "Ctrl+T", "F12"; both when there are two. */
    public String hint(String id) {
        Key k = key(id);
        List<String> parts = new ArrayList<>();
        if (k.accelerator() != null) parts.add(text(k.accelerator()));
        if (k.altMnemonic() != null) parts.add(text(k.altMnemonic()));
        return String.join(" or ", parts);
    }

    /** Sets a button's (or menu item's) mnemonic and, for a menu item, its accelerator from the table. */
    public <B extends AbstractButton> B apply(B button, String id) {
        Key k = key(id);
        if (k.mnemonic() != 0) button.setMnemonic(k.mnemonic());
        if (k.accelerator() != null && button instanceof JMenuItem item && !(item instanceof javax.swing.JMenu)) {
            item.setAccelerator(k.accelerator());
        }
        return button;
    }

    /** Every clash in this window, as sentences naming both actions and the key; empty when there is none. */
    public List<String> collisions() {
        List<String> found = new ArrayList<>();
        Map<String, Map<Integer, Key>> letters = new HashMap<>();
        for (Key k : keys.values()) {
            if (k.mnemonic() == 0) continue;
            Key before = letters.computeIfAbsent(k.scope(), s -> new HashMap<>()).putIfAbsent(k.mnemonic(), k);
            if (before != null) found.add(clash(before, k, KeyEvent.getKeyText(k.mnemonic()) + " in " + k.scope()));
        }
        // what the whole window reaches: accelerators and the always-showing Alt mnemonics, then each
        // tab's own Alt mnemonics against those
        Map<KeyStroke, Key> windowWide = new HashMap<>();
        for (Key k : keys.values()) {
            if (k.accelerator() != null) note(windowWide, k.accelerator(), k, found);
            if (k.scope().equals(WINDOW) && k.altMnemonic() != null) note(windowWide, k.altMnemonic(), k, found);
        }
        Map<String, Map<KeyStroke, Key>> tabs = new HashMap<>();
        for (Key k : keys.values()) {
            if (!k.scope().startsWith("tab:") || k.altMnemonic() == null) continue;
            Map<KeyStroke, Key> tab = tabs.computeIfAbsent(k.scope(), s -> new HashMap<>(windowWide));
            note(tab, k.altMnemonic(), k, found);
        }
        return found;
    }

    private void note(Map<KeyStroke, Key> taken, KeyStroke stroke, Key k, List<String> found) {
        Key before = taken.putIfAbsent(stroke, k);
        if (before != null && before != k) found.add(clash(before, k, text(stroke)));
    }

    private String clash(Key a, Key b, String key) {
        return window + ": " + key + " is both '" + a.label() + "' and '" + b.label() + "'";
    }

    /** "Ctrl+Shift+E", "Alt+R", "F12", "R": the way the README and tooltips write a key. */
    public static String text(KeyStroke k) {
        StringBuilder s = new StringBuilder();
        int m = k.getModifiers();
        if ((m & InputEvent.CTRL_DOWN_MASK) != 0) s.append("Ctrl+");
        if ((m & InputEvent.META_DOWN_MASK) != 0) s.append("Cmd+");
        if ((m & InputEvent.ALT_DOWN_MASK) != 0) s.append("Alt+");
        if ((m & InputEvent.SHIFT_DOWN_MASK) != 0) s.append("Shift+");
        int code = k.getKeyCode() != KeyEvent.VK_UNDEFINED ? k.getKeyCode()
                : KeyEvent.getExtendedKeyCodeForChar(k.getKeyChar());
        return s + KeyEvent.getKeyText(code);
    }

    // ---- the tables ------------------------------------------------------------------------------

    private static KeyTable monitor() {
        KeyTable t = new KeyTable("monitor");
        t.menu("menu.file", "File", 'F');
        t.menu("menu.meters", "Meters", 'M');
        t.menu("menu.view", "View", 'V');
        t.menu("menu.tools", "Tools", 'T');
        t.item("File", "playFile", "Play a file as live\u2026", 'P', ctrl(KeyEvent.VK_O));
        t.item("File", "demo", "Demo input", 'D', null);
        t.item("File", "edit", "Edit a recording\u2026", 'E', ctrl(KeyEvent.VK_E));
        t.item("File", "exportCsvMenu", "Export QC log as CSV\u2026", 'C', null);
        t.item("File", "exportJsonMenu", "Export QC log as JSON\u2026", 'J', null);
        t.item("File", "reportMenu", "Sound report (HTML)\u2026", 'H', stroke(KeyEvent.VK_E, MENU | InputEvent.SHIFT_DOWN_MASK));
        t.item("File", "folderReport", FOLDER_REPORT, 'F', null);
        t.item("File", "close", "Close", 'L', ctrl(KeyEvent.VK_W));
        t.item("Meters", "resetPeaks", "Reset held peaks", 'P', ctrl(KeyEvent.VK_P));
        t.item("Meters", "resetClips", "Reset all clip lights", 'C', ctrl(KeyEvent.VK_K));
        t.item("Meters", "resetLoudnessMenu", "Reset integrated loudness and LRA", 'L', ctrl(KeyEvent.VK_L));
        String[][] ballistics = {{"SAMPLE_PEAK", "sample peak"}, {"PPM_I", "PPM Type I"}, {"PPM_IIA", "PPM Type IIa"},
                {"VU", "VU"}};
        for (int i = 0; i < ballistics.length; i++) {
            t.item("Meters", "ballistics." + ballistics[i][0], "Bars follow " + ballistics[i][1], 0,
                    stroke(KeyEvent.VK_1 + i, InputEvent.ALT_DOWN_MASK));
        }
        t.item("View", "theme", "Light / dark theme", 'T', ctrl(KeyEvent.VK_T));
        t.item("View", "perf", "Frame rate and latency", 'F', stroke(KeyEvent.VK_F12, 0));
        t.item("Tools", "advisor", "Mic advisor\u2026", 'A', ctrl(KeyEvent.VK_M));
        // the window's controls, all showing at once
        t.control("input", "Input", 'I');
        t.control("format", "Format", 'A'); // F is the File menu
        t.control("bars", "Bars", 'B');
        t.control("record", "Record", 'R');
        t.put(new Key("recordKey", "Record", WINDOW, 0, stroke(KeyEvent.VK_R, 0)));
        t.control("folder", "Folder\u2026", 'O');
        t.control("scene", "Scene", 'S');
        t.control("take", "Take", 'K');
        t.control("notes", "Notes", 'N');
        t.control("delivery", "Delivery", 'Y');
        t.control("resetLoudness", "Reset I / LRA", 'L'); // R records (README, issue 11)
        t.control("exportCsv", "Export CSV\u2026", 'C');
        t.control("exportJson", "Export JSON\u2026", 'J');
        t.control("report", "Sound report (HTML)\u2026", 'H');
        t.control("clearLog", "Clear", 'E');
        return t;
    }

    private static KeyTable editor() {
        KeyTable t = new KeyTable("editor");
        t.menu("menu.file", "File", 'F');
        t.menu("menu.edit", "Edit", 'E');
        t.menu("menu.insert", "Insert", 'I');
        t.menu("menu.effect", "Effect", 'C');
        t.menu("menu.transport", "Transport", 'T');
        t.menu("menu.view", "View", 'V');
        t.item("File", "open", "Open\u2026", 'O', ctrl(KeyEvent.VK_O));
        t.item("File", "recent", "Open recent", 'R', null);
        t.item("File", "save", "Save project", 'S', ctrl(KeyEvent.VK_S));
        t.item("File", "export", "Export\u2026", 'E', stroke(KeyEvent.VK_E, MENU | InputEvent.SHIFT_DOWN_MASK));
        t.item("File", "folderReport", FOLDER_REPORT, 'F', null);
        t.item("File", "close", "Close", 'C', ctrl(KeyEvent.VK_W));
        t.item("Edit", "undo", "Undo", 'U', ctrl(KeyEvent.VK_Z));
        t.item("Edit", "redo", "Redo", 'R', stroke(KeyEvent.VK_Z, MENU | InputEvent.SHIFT_DOWN_MASK));
        t.item("Edit", "cut", "Cut", 'T', ctrl(KeyEvent.VK_X));
        t.item("Edit", "copy", "Copy", 'C', ctrl(KeyEvent.VK_C));
        t.item("Edit", "paste", "Paste", 'P', ctrl(KeyEvent.VK_V));
        t.item("Edit", "delete", "Delete", 'D', stroke(KeyEvent.VK_DELETE, 0));
        // Ctrl+T is the theme in every window (issue 11), so trimming moves to Ctrl+Shift+T
        t.item("Edit", "trim", "Trim", 'M', stroke(KeyEvent.VK_T, MENU | InputEvent.SHIFT_DOWN_MASK));
        t.item("Edit", "split", "Split", 'I', ctrl(KeyEvent.VK_I));
        t.item("Edit", "silence", "Silence", 'L', ctrl(KeyEvent.VK_L));
        t.item("Edit", "gain", "Gain\u2026", 'G', ctrl(KeyEvent.VK_G));
        t.item("Edit", "selectAll", "Select all", 'A', ctrl(KeyEvent.VK_A));
        t.item("Effect", "fadeIn", "Fade in", 'I', null);
        t.item("Effect", "fadeOut", "Fade out", 'O', null);
        t.item("Transport", "play", "Play", 'P', stroke(KeyEvent.VK_SPACE, 0));
        t.item("Transport", "stop", "Stop", 'S', null);
        t.item("View", "zoomIn", "Zoom in", 'I', ctrl(KeyEvent.VK_1));
        t.item("View", "zoomOut", "Zoom out", 'O', ctrl(KeyEvent.VK_3));
        t.item("View", "fit", "Fit", 'F', ctrl(KeyEvent.VK_F));
        t.item("View", "zoomSel", "Zoom to selection", 'Z', ctrl(KeyEvent.VK_E));
        t.item("View", "nextFinding", "Next finding", 'N', stroke(KeyEvent.VK_F3, 0));
        t.item("View", "prevFinding", "Previous finding", 'V', stroke(KeyEvent.VK_F3, InputEvent.SHIFT_DOWN_MASK));
        t.item("View", "theme", "Light / dark theme", 'K', ctrl(KeyEvent.VK_T));
        // the cursor and the selection's ends, on the window (no menu item)
        t.put(new Key("left", "Cursor left", WINDOW, 0, stroke(KeyEvent.VK_LEFT, 0)));
        t.put(new Key("right", "Cursor right", WINDOW, 0, stroke(KeyEvent.VK_RIGHT, 0)));
        t.put(new Key("endLeft", "Selection end left", WINDOW, 0, stroke(KeyEvent.VK_LEFT, InputEvent.SHIFT_DOWN_MASK)));
        t.put(new Key("endRight", "Selection end right", WINDOW, 0, stroke(KeyEvent.VK_RIGHT, InputEvent.SHIFT_DOWN_MASK)));
        t.put(new Key("startLeft", "Selection start left", WINDOW, 0,
                stroke(KeyEvent.VK_LEFT, MENU | InputEvent.SHIFT_DOWN_MASK)));
        t.put(new Key("startRight", "Selection start right", WINDOW, 0,
                stroke(KeyEvent.VK_RIGHT, MENU | InputEvent.SHIFT_DOWN_MASK)));
        t.put(new Key("home", "Cursor to the start", WINDOW, 0, stroke(KeyEvent.VK_HOME, 0)));
        t.put(new Key("end", "Cursor to the end", WINDOW, 0, stroke(KeyEvent.VK_END, 0)));
        return t;
    }

    private static KeyTable advisor() {
        KeyTable t = new KeyTable("advisor");
        t.control("tab.advise", "Advise", 'A');
        t.control("tab.trainer", "Trainer", 'T');
        t.control("tab.recording", "Your recording", 'Y');
        t.put(new Key("theme", "Light / dark theme", WINDOW, 0, ctrl(KeyEvent.VK_T)));
        t.put(new Key("advise.measure", "Measure a recording\u2026", "tab:Advise", 'R', null));
        t.put(new Key("advise.listen", "Listen\u2026", "tab:Advise", 'L', null));
        t.put(new Key("recording.measure", "Measure a recording\u2026", "tab:Your recording", 'R', null));
        t.put(new Key("recording.listen", "Listen\u2026", "tab:Your recording", 'L', null));
        t.put(new Key("recording.compare", "Compare", "tab:Your recording", 'O', null));
        t.put(new Key("trainer.check", "Check", "tab:Trainer", 'C', null));
        t.put(new Key("trainer.next", "Next scenario", "tab:Trainer", 'N', null));
        return t;
    }

    private void menu(String id, String label, char mnemonic) {
        put(new Key(id, label, WINDOW, mnemonic, null));
    }

    private void control(String id, String label, char mnemonic) {
        put(new Key(id, label, WINDOW, mnemonic, null));
    }

    private void item(String menu, String id, String label, int mnemonic, KeyStroke accelerator) {
        put(new Key(id, label, "menu:" + menu, mnemonic, accelerator));
    }

    private void put(Key k) {
        if (keys.putIfAbsent(k.id(), k) != null) throw new IllegalStateException(window + ": key id " + k.id() + " twice");
    }

    private static KeyStroke ctrl(int code) {
        return stroke(code, MENU);
    }

    private static KeyStroke stroke(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }

    private static int menuMask() {
        try {
            return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        } catch (UnsupportedOperationException e) { // HeadlessException among others
            return InputEvent.CTRL_DOWN_MASK; // headless tests read the table too
        }
    }
}
