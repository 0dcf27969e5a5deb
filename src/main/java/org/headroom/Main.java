package org.headroom;

/** Decides between the window and the command line; nothing else lives here. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            int status = org.headroom.ui.HeadroomApp.launch();
            // the window keeps the JVM running; only a failure to open it ends here
            if (status != 0) System.exit(status);
            return;
        }
        System.exit(org.headroom.cli.HeadroomCommand.run(args));
    }
}
