package org.headroom.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A command line that cannot be run: one line saying what is wrong and one pointing at the
 * command's help, exit 2. The whole help (25-45 lines) after a mistake buries the one line that
 * matters, and a script's log fills with it; the README promises one line.
 */
final class UsageError {
    private UsageError() {
    }

    /** picocli's parameter exception handler: parse errors and the commands' own usage checks alike. */
    static int print(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("headroom: " + firstLine(e.getMessage()));
        err.println("see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) return "the command line is not valid";
        return message.strip().lines().findFirst().orElse("");
    }
}
