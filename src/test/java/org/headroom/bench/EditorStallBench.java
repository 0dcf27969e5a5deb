package org.headroom.bench;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.headroom.preset.ExportPreset;
import org.headroom.ui.common.MenuItems;
import org.headroom.ui.common.Theme;
import org.headroom.ui.editor.EditorWindow;

/**
 * The editor's worst EDT stall on a long take, from opening it to an export: how long the
 * window can fail to answer a click. A watchdog thread posts an empty task to the EDT every
 * 5 ms and records how long it waited to run; the script meanwhile does what a person does
 * with a two-hour take — opens it and waits for the waveform, the edit points and the
 * findings; presses Right a few times, drags a selection, zooms in and out, cuts (Ctrl+X),
 * applies Effect → Hum notch 50 Hz, then exports with the broadcast WAV preset and waits for
 * the delivery check. Keys and mouse events are dispatched to the real components, so the key
 * bindings, listeners and painting are what is measured. It drives the window only through its
 * public entry point and component names, so the same class runs against an older build for
 * a before-and-after figure.
 *
 * <p>Run under a display (the take: {@code sox testdata/dialogue-clipped-hum-48000-2-24.wav -b 24
 * /tmp/long-2h.wav repeat 733}, 2 h 0 min of 48 kHz/24-bit stereo):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * xvfb-run -a -s "-screen 0 1920x1080x24" java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.headroom.bench.EditorStallBench /tmp/long-2h.wav
 * </pre>
 * It prints each phase's worst and 99th-percentile wait and the worst over the whole run, and
 * the most CPU time the EDT spent within one wait (what the window's own work costs, which a
 * loaded machine stretches into a longer wall-clock wait); the target is a worst stall of 50 ms
 * or less. {@code -Dstalls=true} also prints where the EDT was when a wait passed 50 ms.
 */
public final class EditorStallBench {
    private static final long PERIOD_MS = 5;
    private static final long PHASE_LIMIT_MS = 600_000;

    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
    /** For each wait, the EDT's CPU time during it; same index as {@link #waits}. */
    private final List<Long> busies = new ArrayList<>();
    private volatile boolean running = true;
    /** When the watchdog's task was posted and has not yet run, else 0: the sampler looks at the EDT then. */
    private volatile long pendingSince;
    private final java.util.Map<String, Integer> stallFrames = new java.util.concurrent.ConcurrentHashMap<>();
    /** For each stalled wait (keyed by when its task was posted): how many 10 ms samples fell in each phase. */
    private final java.util.Map<Long, java.util.Map<String, Integer>> phaseSamples = new java.util.concurrent.ConcurrentHashMap<>();
    /** When each wait's task was posted; same index as {@link #waits}. */
    private final List<Long> posted = new ArrayList<>();
    private EditorWindow window;
    /** The EDT's thread id, for its CPU time; known before the watchdog starts, so the watchdog's first wait is measured too. */
    private long edtId;

    private EditorStallBench() {
    }

    public static void main(String[] args) throws Exception {
        Path take = Path.of(args.length > 0 ? args[0] : "/tmp/long-2h.wav");
        if (!Files.isRegularFile(take)) {
            System.err.println(take + ": not found (make it with sox, see the class comment)");
            System.exit(3);
        }
        // the bench's own edits from an earlier run would bring up the recovery question and stop the script
        Path autosave = take.resolveSibling(take.getFileName() + ".headroom.autosave.json");
        Files.deleteIfExists(autosave);
        new EditorStallBench().run(take);
        Thread.sleep(1500); // the autosave of the last edit, then remove it
        Files.deleteIfExists(autosave);
        System.exit(0);
    }

    private void run(Path take) throws Exception {
        // the JVM's first window (the look, fonts, the X connection) is not the editor's: a window is showing
        // when a take is opened from the monitor, so one is shown and closed before the watchdog starts
        long w0 = System.nanoTime();
        onEdt(() -> {
            Theme.install(true);
            JFrame first = new JFrame("first window");
            first.setSize(400, 300);
            first.setVisible(true);
            return null;
        });
        Thread.sleep(500);
        onEdt(() -> {
            for (Window w : Window.getWindows()) w.dispose();
            return null;
        });
        System.out.printf(Locale.ROOT, "the JVM's first window (not measured as a stall): %.0f ms%n", (System.nanoTime() - w0) / 1e6 - 500);
        edtId = onEdt(() -> Thread.currentThread().getId());
        Thread watchdog = new Thread(this::watch, "EDT watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        if (Boolean.getBoolean("stalls")) {
            Thread sampler = new Thread(this::sampleStalls, "stall sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        phase(lines, "open until waveform, edit points and findings", () -> {
            long called = System.nanoTime();
            window = onEdt(() -> {
                EditorWindow w = EditorWindow.open(take);
                w.setSize(1440, 860);
                return w;
            });
            long shown = System.nanoTime();
            await(() -> named(window, "waveform") != null, "the editor's content");
            lines.add(String.format(Locale.ROOT, "    EditorWindow.open on the EDT %.0f ms; its content in place after %.0f ms",
                    (shown - called) / 1e6, (System.nanoTime() - called) / 1e6));
            await(() -> listSize("editPoints") > 0 && counterSettled(), "the edit points and findings");
        });
        double opened = (System.nanoTime() - t0) / 1e9;
        phase(lines, "Right x5, drag a selection, zoom in/out, fit", () -> {
            Component wave = find("waveform");
            for (int i = 0; i < 5; i++) key(wave, KeyEvent.VK_RIGHT, 0);
            drag(wave, 300, 700);
            for (int i = 0; i < 3; i++) key(wave, KeyEvent.VK_1, menu());
            for (int i = 0; i < 3; i++) key(wave, KeyEvent.VK_3, menu());
            key(wave, KeyEvent.VK_F, menu());
            drag(wave, 400, 520);
        });
        phase(lines, "Ctrl+X", () -> key(find("waveform"), KeyEvent.VK_X, menu()));
        phase(lines, "Effect > Hum notch 50 Hz until the findings are in", () -> {
            onEdt(() -> {
                menuItem("Hum notch 50 Hz").doClick();
                return null;
            });
            Thread.sleep(200);
            await(this::counterSettled, "the findings after the notch");
        });
        Path out = take.resolveSibling(".editor-stall-bench.wav");
        phase(lines, "export (broadcast WAV) until the delivery check", () -> {
            key(find("waveform"), KeyEvent.VK_E, menu() | InputEvent.SHIFT_DOWN_MASK);
            await(() -> dialog("exportDialog") != null, "the export dialog");
            onEdt(() -> {
                Container d = dialog("exportDialog");
                @SuppressWarnings("unchecked")
                JComboBox<ExportPreset> presets = (JComboBox<ExportPreset>) named(d, "preset");
                for (int i = 0; i < presets.getItemCount(); i++) {
                    if (presets.getItemAt(i).name().contains("broadcast")) presets.setSelectedIndex(i);
                }
                ((JTextField) named(d, "target")).setText(out.toString());
                ((AbstractButton) named(d, "export")).doClick();
                return null;
            });
            await(() -> {
                String v = ((JLabel) named(dialog("exportDialog"), "verdict")).getText();
                return v.startsWith("Delivery") || v.startsWith("Export failed");
            }, "the delivery check");
            System.out.println("export: " + onEdt(() -> ((JLabel) named(dialog("exportDialog"), "verdict")).getText()));
        });
        Files.deleteIfExists(out);
        running = false;
        long worst;
        long worstBusy;
        synchronized (waits) {
            worst = waits.stream().mapToLong(Long::longValue).max().orElse(0);
            worstBusy = busies.stream().mapToLong(Long::longValue).max().orElse(0);
        }
        for (String l : lines) System.out.println(l);
        stallFrames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "  stalled %5d ms in %s%n", e.getValue() * 10, e.getKey()));
        System.out.printf(Locale.ROOT, "take %s: window answered within %.0f ms throughout (worst EDT stall, wall), the EDT's own work"
                + " in one wait at most %.0f ms (CPU), opened in %.1f s, %.0f s from open to the export's check, load average %.1f%n",
                take.getFileName(), worst / 1e6, worstBusy / 1e6, opened, (System.nanoTime() - t0) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private interface Step {
        void run() throws Exception;
    }

    private void phase(List<String> lines, String name, Step step) throws Exception {
        int from = waits.size();
        long t = System.nanoTime();
        step.run();
        Thread.sleep(300); // the paints the last step queued
        List<Long> mine;
        long busiest;
        synchronized (waits) {
            mine = new ArrayList<>(waits.subList(from, waits.size()));
            busiest = busies.subList(from, busies.size()).stream().mapToLong(Long::longValue).max().orElse(0);
        }
        Collections.sort(mine);
        long max = mine.isEmpty() ? 0 : mine.get(mine.size() - 1);
        long p99 = mine.isEmpty() ? 0 : mine.get((int) Math.floor(0.99 * (mine.size() - 1)));
        lines.add(String.format(Locale.ROOT, "%-52s %6.1f s  worst %5.0f ms  p99 %4.0f ms  EDT CPU in the worst-busy wait %4.0f ms"
                + "  (%d samples)", name, (System.nanoTime() - t) / 1e9, max / 1e6, p99 / 1e6, busiest / 1e6, mine.size()));
        if (Boolean.getBoolean("stalls")) {
            synchronized (waits) {
                // the phase's three longest waits, each with where the EDT was while it lasted
                java.util.stream.IntStream.range(from, waits.size()).boxed().sorted((i, j) -> Long.compare(waits.get(j), waits.get(i)))
                        .limit(3).forEach(i -> lines.add(String.format(Locale.ROOT, "    wait %5.0f ms (EDT CPU %4.0f ms) at +%.2f s: %s",
                                waits.get(i) / 1e6, busies.get(i) / 1e6, (posted.get(i) - t) / 1e9,
                                phaseSamples.getOrDefault(posted.get(i), java.util.Map.of()))));
            }
        }
    }

    /**
     * Posts an empty task every few ms and records how long the EDT took to run it (wall time),
     * and how much CPU time the EDT spent meanwhile: on a loaded machine a wait is mostly the EDT
     * waiting for a core, and the CPU figure is the work the window itself did in that wait.
     */
    private void watch() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] edt = {edtId};
        while (running) {
            long sent = System.nanoTime();
            long cpu = mx.getThreadCpuTime(edt[0]);
            pendingSince = sent;
            try {
                SwingUtilities.invokeAndWait(() -> {
                    pendingSince = 0;
                    long busy = mx.getCurrentThreadCpuTime() - cpu;
                    synchronized (waits) {
                        waits.add(System.nanoTime() - sent);
                        busies.add(busy);
                        posted.add(sent);
                    }
                });
                Thread.sleep(PERIOD_MS);
            } catch (Exception e) {
                return;
            }
        }
    }

    /**
     * With {@code -Dstalls=true}: while the watchdog's task has waited over 50 ms, samples what
     * the EDT is doing every 10 ms and counts the innermost Headroom frame, to say where a
     * stall comes from (on a loaded machine a stall can also be the EDT waiting for a core).
     */
    private void sampleStalls() {
        Thread edt = null;
        while (running) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            long since = pendingSince;
            if (since == 0 || System.nanoTime() - since < 50_000_000L) continue;
            if (edt == null) {
                for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("AWT-EventQueue")) edt = t;
                if (edt == null) continue;
            }
            String where = "(no Headroom frame)";
            StackTraceElement[] stack = edt.getStackTrace();
            String phase = stallPhase(stack);
            phaseSamples.computeIfAbsent(since, k -> new java.util.concurrent.ConcurrentHashMap<>()).merge(phase, 1, Integer::sum);
            for (StackTraceElement f : stack) {
                if (f.getClassName().startsWith("org.headroom") && !f.getClassName().contains("EditorStallBench")) {
                    where = f.getClassName().replace("org.headroom.", "") + "." + f.getMethodName() + ":" + f.getLineNumber();
                    break;
                }
            }
            if (stack.length > 0) where += "  <- top " + stack[0].getClassName() + "." + stack[0].getMethodName();
            stallFrames.merge(phase + " | " + where, 1, Integer::sum);
        }
    }

    /**
     * Which part of the window's life a stalled EDT was in, from its stack: building the window
     * (the editor's constructors and {@code EditorWindow.opened}), laying it out, painting it
     * (and which component), reading or writing preferences, loading classes, or handling an
     * event; a stack can be in several (a paint that loads a class).
     */
    static String stallPhase(StackTraceElement[] stack) {
        java.util.TreeSet<String> tags = new java.util.TreeSet<>();
        String painting = null;
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            String m = f.getMethodName();
            if (c.startsWith("java.util.prefs")) tags.add("preferences");
            if (c.equals("java.lang.ClassLoader") || c.startsWith("jdk.internal.loader")) tags.add("class loading");
            if (m.equals("validateTree") || m.equals("doLayout") || m.equals("layoutContainer")) tags.add("layout");
            if (c.equals("javax.swing.RepaintManager") && m.startsWith("paint")) tags.add("paint");
            if (m.equals("paintComponent") && c.startsWith("org.headroom") && painting == null) {
                painting = c.substring(c.lastIndexOf('.') + 1);
            }
            if (c.startsWith("org.headroom.ui") && (m.equals("<init>") || m.equals("opened"))) tags.add("construction");
        }
        if (painting != null) tags.add("paint " + painting);
        return tags.isEmpty() ? "event" : String.join("+", tags);
    }

    private void await(BooleanSupplier done, String what) throws Exception {
        long end = System.currentTimeMillis() + PHASE_LIMIT_MS;
        while (!onEdt(done::getAsBoolean)) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("gave up waiting for " + what);
            Thread.sleep(50);
        }
    }

    private boolean counterSettled() {
        Component c = named(window, "findingsCounter");
        return c != null && !((JLabel) c).getText().contains("analysing");
    }

    private int listSize(String name) {
        Component c = named(window, name);
        return c == null ? 0 : ((JList<?>) c).getModel().getSize();
    }

    private Component find(String name) throws Exception {
        Component c = onEdt(() -> named(window, name));
        if (c == null) throw new IllegalStateException("no component named " + name);
        return c;
    }

    private static Container dialog(String name) {
        for (Window w : Window.getWindows()) {
            if (name.equals(w.getName()) && w.isShowing()) return w;
        }
        return null;
    }

    private static Component named(Container root, String name) {
        if (root == null) return null;
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) return c;
            if (c instanceof Container k) {
                Component found = named(k, name);
                if (found != null) return found;
            }
        }
        return null;
    }

    private JMenuItem menuItem(String text) {
        return MenuItems.find(((JFrame) window).getJMenuBar(), text);
    }

    private static int menu() {
        return java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    }

    /** A key press and release as the keyboard would send them, through the window's key bindings. */
    private static void key(Component c, int code, int modifiers) throws Exception {
        SwingUtilities.invokeLater(() -> {
            long now = System.currentTimeMillis();
            c.dispatchEvent(new KeyEvent(c, KeyEvent.KEY_PRESSED, now, modifiers, code, KeyEvent.CHAR_UNDEFINED));
            c.dispatchEvent(new KeyEvent(c, KeyEvent.KEY_RELEASED, now, modifiers, code, KeyEvent.CHAR_UNDEFINED));
        });
        Thread.sleep(120);
    }

    /** Press, 20 moves, release across the component at mid height, 16 ms apart as a mouse reports them. */
    private static void drag(Component c, int x0, int x1) throws Exception {
        int y = 200;
        mouse(c, MouseEvent.MOUSE_PRESSED, x0, y, InputEvent.BUTTON1_DOWN_MASK);
        for (int i = 1; i <= 20; i++) mouse(c, MouseEvent.MOUSE_DRAGGED, x0 + (x1 - x0) * i / 20, y, InputEvent.BUTTON1_DOWN_MASK);
        mouse(c, MouseEvent.MOUSE_RELEASED, x1, y, 0);
    }

    private static void mouse(Component c, int id, int x, int y, int modifiers) throws Exception {
        SwingUtilities.invokeLater(() -> c.dispatchEvent(new MouseEvent(c, id, System.currentTimeMillis(), modifiers, x, y, 1, false,
                MouseEvent.BUTTON1)));
        Thread.sleep(16);
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failed = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                failed.set(e);
            }
        });
        if (failed.get() != null) throw failed.get();
        return out.get();
    }
}
