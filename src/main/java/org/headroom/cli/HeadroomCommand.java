package org.headroom.cli;

/** Placeholder until the command line lands. */
public final class HeadroomCommand {
    private HeadroomCommand() {
    }

    public static int run(String[] args) {
        System.err.println("headroom: not built yet");
        return 2;
    }
}
