package org.headroom;

/** Decides between the window and the command line; nothing else lives here. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(org.headroom.cli.HeadroomCommand.run(args));
    }
}
