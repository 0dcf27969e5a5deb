package org.headroom.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code headroom} command. Subcommands are added in {@link #commandLine} so each can be
 * given the context it needs; monitor, advise, edit and export join analyze there.
 */
@Command(name = "headroom", mixinStandardHelpOptions = true, versionProvider = HeadroomCommand.Version.class,
        description = "Measures audio recordings against broadcast and delivery standards.")
public final class HeadroomCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces for internal errors.")
    boolean debug;

    @Spec
    CommandSpec spec;

    private HeadroomCommand() {
    }

    /** Runs the command line and returns the exit status; never throws, never calls System.exit. */
    public static int run(String[] args) {
        return run(args, CliContext.system());
    }

    public static int run(String[] args, CliContext ctx) {
        boolean debug = ctx.debug() || Arrays.asList(args).contains("--debug");
        try {
            CommandLine cl = commandLine(ctx, debug);
            int status = cl.execute(args);
            ctx.out().flush();
            ctx.err().flush();
            return status;
        } catch (RuntimeException | Error e) {
            // Even picocli's own set-up failing must not show a user a stack trace.
            return internalError(ctx.err(), e, debug);
        }
    }

    static CommandLine commandLine(CliContext ctx, boolean debug) {
        CommandLine cl = new CommandLine(new HeadroomCommand());
        cl.addSubcommand("analyze", new AnalyzeCommand(ctx));
        cl.addSubcommand("monitor", new MonitorCommand(ctx));
        cl.addSubcommand("export", new ExportCommand(ctx));
        cl.addSubcommand("edit", new EditCommand(ctx));
        cl.addSubcommand("advise", new AdviseCommand(ctx));
        cl.addSubcommand("report", new ReportCommand(ctx));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(ctx.err(), e, debug));
        cl.setParameterExceptionHandler(UsageError::print);
        // mixinStandardHelpOptions gives each command --version; without a provider of its own a
        // subcommand's prints nothing, so every command gets the one build stamp
        Version version = new Version();
        for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().versionProvider(version);
        return cl;
    }

    private static int internalError(PrintWriter err, Throwable e, boolean debug) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        err.println("headroom: internal error: " + message);
        if (debug) e.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Without a subcommand there is nothing to do: a usage error, in one line like every other. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.commandLine().getSubcommands().keySet()));
    }

    /** {@code headroom 0.1.0-SNAPSHOT (commit 1a2b3c4d5e6f)}: the build's stamp, see {@link BuildStamp}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"headroom " + BuildStamp.read().describe()};
        }
    }
}
