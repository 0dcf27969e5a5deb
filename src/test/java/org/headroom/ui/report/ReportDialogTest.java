package org.headroom.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.headroom.analysis.soundreport.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** File → Sound report for a folder… under a real screen: progress, the page, the browser, Cancel, and an EDT that never reads. */
@EnabledIfSystemProperty(named = "headroom.gui", matches = "true")
class ReportDialogTest {
    @TempDir
    Path dir;

    /**
     * What reads a take or writes the page. Not the whole analysis package: the dialog formats
     * the take's length with its time formats on the EDT, and that reads nothing.
     */
    private static final java.util.Set<String> READERS = java.util.Set.of("org.headroom.analysis.FileAnalyzer",
            "org.headroom.analysis.Analyzer", "org.headroom.analysis.BlockPipeline",
            "org.headroom.analysis.soundreport.TakeAnalysis", "org.headroom.analysis.soundreport.SoundReportBuilder",
            "org.headroom.analysis.soundreport.HtmlSoundReport", "org.headroom.analysis.soundreport.ReportCache",
            "org.headroom.analysis.soundreport.TakeReader", "org.headroom.analysis.soundreport.TakeFinder",
            "org.headroom.analysis.soundreport.CsvSoundReport", "org.headroom.analysis.soundreport.SoundReportJob");

    @Test
    void readsTheFolderOffTheEdtThenOpensThePage() throws Exception {
        Path card = ReportFixtures.card(dir.resolve("card"));
        Path html = dir.resolve("card-sound-report.html");
        List<Path> opened = new CopyOnWriteArrayList<>();
        List<String> edtReads = new CopyOnWriteArrayList<>();
        Thread[] edt = new Thread[1];
        SwingUtilities.invokeAndWait(() -> edt[0] = Thread.currentThread());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                StackTraceElement[] stack = edt[0].getStackTrace();
                // only the report's own work counts: other windows left by earlier tests in this JVM
                // (a preferences flush, a font) are not this dialog reading on the EDT
                boolean ours = java.util.Arrays.stream(stack).anyMatch(e -> e.getClassName().startsWith("org.headroom.ui.report")
                        || e.getClassName().startsWith("org.headroom.analysis.soundreport"));
                for (StackTraceElement e : ours ? stack : new StackTraceElement[0]) {
                    String c = e.getClassName();
                    if (c.startsWith("org.headroom.audio") || c.contains("FileChannelImpl") || READERS.contains(c)) {
                        edtReads.add(c + "." + e.getMethodName());
                    }
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        AtomicReference<ReportDialog> dialog = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> dialog.set(ReportDialog.open(null, card, html, p -> opened.add(p))));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!dialog.get().finished() && System.nanoTime() < deadline) Thread.sleep(20);
        Thread.sleep(200); // done() runs on the EDT after the worker ends
        sampler.interrupt();
        String[] text = new String[1];
        SwingUtilities.invokeAndWait(() -> text[0] = dialog.get().statusText());
        assertTrue(text[0].contains("Opened in your browser: 8 takes, 0:00:14, 2 with errors (1 unreadable)."), text[0]);
        assertEquals(List.of(html), opened);
        assertTrue(Files.isRegularFile(html));
        assertEquals(List.of(), edtReads, "the EDT never reads a take or writes the page");
        BufferedImage shot = new BufferedImage(dialog.get().getWidth(), dialog.get().getHeight(), BufferedImage.TYPE_INT_RGB);
        SwingUtilities.invokeAndWait(() -> dialog.get().getContentPane().paint(shot.getGraphics()));
        ImageIO.write(shot, "png", Path.of("target", "report-dialog.png").toFile());
        SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
    }

    @Test
    void cancelWritesNoPage() throws Exception {
        Path card = ReportFixtures.card(dir.resolve("card"));
        for (int i = 0; i < 6; i++) ReportFixtures.card(dir.resolve("card/more" + i));
        Path html = dir.resolve("r.html");
        AtomicReference<ReportDialog> dialog = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            ReportDialog d = ReportDialog.open(null, card, html, p -> true);
            dialog.set(d);
            ((javax.swing.JButton) find(d, "reportButton")).doClick(); // at once: at most the takes already started are read
        });
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!dialog.get().finished() && System.nanoTime() < deadline) Thread.sleep(20);
        Thread.sleep(200);
        String[] text = new String[1];
        SwingUtilities.invokeAndWait(() -> text[0] = dialog.get().statusText());
        assertTrue(text[0].contains("Cancelled after"), text[0]);
        assertFalse(Files.exists(html), "a cancelled report writes no page");
        SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
    }

    private static java.awt.Component find(java.awt.Container c, String name) {
        for (java.awt.Component k : c.getComponents()) {
            if (name.equals(k.getName())) return k;
            if (k instanceof java.awt.Container kc) {
                java.awt.Component f = find(kc, name);
                if (f != null) return f;
            }
        }
        return null;
    }
}
