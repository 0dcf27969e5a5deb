package org.headroom.audio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The child-JVM probe: a child that aborts as libpulse did (exit 134) or hangs is "not this
 * format", and this JVM goes on; a clean exit is "safe". The device side needs a real device
 * (the PulseAudio tests); here the children stand in for what a driver may do.
 */
class FormatProbeTest {
    /** What the JVM did inside libpulse: an abort, no exception, no message. */
    public static final class Aborts {
        public static void main(String[] args) {
            Runtime.getRuntime().halt(134);
        }
    }

    public static final class Hangs {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }

    public static final class Succeeds {
        public static void main(String[] args) {
            System.exit(args.length == 1 && args[0].equals("48000:32:32") ? 0 : 5);
        }
    }

    @Test
    void anAbortingChildIsAnUnsafeFormatAndThisJvmGoesOn() {
        assertFalse(FormatProbe.childSucceeds(Aborts.class, List.of(), FormatProbe.TIMEOUT_MILLIS));
        assertTrue(FormatProbe.childSucceeds(Succeeds.class, List.of("48000:32:32"), FormatProbe.TIMEOUT_MILLIS),
                "a clean exit, with the arguments passed through");
    }

    @Test
    void aHangingChildIsStoppedAndUnsafe() {
        assertFalse(FormatProbe.childSucceeds(Hangs.class, List.of(), 3_000));
    }

    @Test
    void onlyFormatsBeyondTheRoutineAreProbed() {
        assertFalse(FormatProbe.risky(new CaptureFormat(48000, 24, 2)));
        assertFalse(FormatProbe.risky(new CaptureFormat(44100, 16, 1)));
        assertTrue(FormatProbe.risky(new CaptureFormat(48000, 32, 2)));
        assertTrue(FormatProbe.risky(new CaptureFormat(48000, 24, 8)));
    }
}
