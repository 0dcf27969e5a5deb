package org.headroom.ui.advisor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.headroom.analysis.LiveSession;
import org.headroom.audio.CaptureDevice;
import org.headroom.audio.CaptureFormat;
import org.headroom.audio.SourceFormat;

/**
 * A monitor whose capture plays a generated signal in 10 ms blocks at the speed of a sound card,
 * as LiveSession's capture thread hands them to its block listeners, starting when the first
 * listener attaches (so it hears the signal from its first sample). Counts what the advisor asks
 * of it, so a test can tell a tap from a second open of the device.
 */
final class FakeMonitor implements MonitorLink, MonitorLink.Capture {
    private final int rate;
    private final float[] signal;
    private final List<LiveSession.BlockTap> taps = new CopyOnWriteArrayList<>();
    final AtomicInteger attaches = new AtomicInteger();
    final AtomicInteger attachesOnEdt = new AtomicInteger();
    final AtomicInteger deviceLists = new AtomicInteger();
    private volatile boolean ended;
    /** What the monitor says about its input; the demo take and a file say "Not this place: …". */
    volatile String notice;
    private Thread feeder;

    FakeMonitor(int rate, float[] signal) {
        this.rate = rate;
        this.signal = signal;
    }

    @Override
    public Capture capture() {
        return ended ? null : this;
    }

    /** A device is chosen too, so opening it instead of tapping would be a choice the test can see. */
    @Override
    public Device chosenDevice() {
        return new Device("Test USB", CaptureFormat.DEFAULT);
    }

    @Override
    public List<CaptureDevice> devices() {
        deviceLists.incrementAndGet();
        return List.of();
    }

    @Override
    public String notice() {
        return notice;
    }

    @Override
    public String name() {
        return "'Test USB'";
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.pcm("live", "PCM", rate, 1, 24, -1);
    }

    @Override
    public synchronized void attach(LiveSession.BlockTap tap) {
        attaches.incrementAndGet();
        if (javax.swing.SwingUtilities.isEventDispatchThread()) attachesOnEdt.incrementAndGet();
        taps.add(tap);
        if (feeder == null) {
            feeder = new Thread(this::feed, "fake-capture");
            feeder.setDaemon(true);
            feeder.start();
        }
    }

    @Override
    public void detach(LiveSession.BlockTap tap) {
        taps.remove(tap);
    }

    @Override
    public boolean ended() {
        return ended;
    }

    /** The monitor switched input or closed: its capture thread ends. */
    void end() {
        ended = true;
    }

    int attached() {
        return taps.size();
    }

    private void feed() {
        int block = rate / 100;
        long start = System.nanoTime();
        // one buffer, refilled for every block as the capture loop does: a tap that keeps it instead of copying hears garbage
        float[][] b = new float[1][block];
        for (int at = 0, k = 0; at < signal.length && !ended; at += block, k++) {
            int n = Math.min(block, signal.length - at);
            System.arraycopy(signal, at, b[0], 0, n);
            for (LiveSession.BlockTap t : taps) t.offer(b, n);
            long due = start + (k + 1) * 10_000_000L;
            long sleep = due - System.nanoTime();
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
