package org.headroom.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * javaFlacEncoder 0.3.7 prints "Running verbatim" on System.out for every block it cannot
 * compress (noise), which would corrupt a report on stdout. This wraps System.out once with a
 * filter that drops exactly that line and passes everything else through unchanged. Writers
 * made before (the command line's own) hold the original stream and are not affected at all.
 */
final class QuietStdout extends OutputStream {
    private static final String NOISE = "Running verbatim";
    private static boolean installed;

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private QuietStdout(PrintStream target) {
        this.target = target;
    }

    static synchronized void install() {
        if (installed) return;
        installed = true;
        System.setOut(new PrintStream(new QuietStdout(System.out), true, Charset.defaultCharset()));
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') flushLine();
    }

    @Override
    public synchronized void flush() {
        // a partial line that could still become the noise waits for its end; anything else goes out now
        String s = line.toString(Charset.defaultCharset());
        if (!NOISE.startsWith(s)) {
            target.write(line.toByteArray(), 0, line.size());
            line.reset();
        }
        target.flush();
    }

    private void flushLine() {
        String s = line.toString(Charset.defaultCharset()).strip();
        if (!s.equals(NOISE)) target.write(line.toByteArray(), 0, line.size());
        line.reset();
        target.flush();
    }
}
