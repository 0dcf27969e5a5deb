package org.headroom.cli;

/** The exit statuses scripts can rely on. */
public final class ExitCode {
    /** Every file was analysed, with or without findings. */
    public static final int OK = 0;
    /** Something went wrong inside headroom: a bug, reported in one line. */
    public static final int INTERNAL = 1;
    /** The command line (or a preset it names) is wrong; nothing was analysed. */
    public static final int USAGE = 2;
    /** At least one file could not be read; the others were still analysed and reported. */
    public static final int UNREADABLE = 3;
    /** export: the written file failed its delivery check (loudness, true peak or format). */
    public static final int CHECK_FAILED = 4;

    private ExitCode() {
    }
}
