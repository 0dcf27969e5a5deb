package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.headroom.audio.WavWriter;
import org.headroom.testsupport.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a person meets first on the command line (issue 11, points 10-13): a mistake is one line
 * and a pointer to the help, an edit list that does not fit is refused, the help shows every
 * description whole, every command says its real version, and a codec is named once.
 */
class CommandLineManualTest {
    private static final Path DEMO = Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav");
    private static final Path MP3 = Path.of("testdata/sine1k-44100-2-128k-cbr.mp3");
    private static final List<String> COMMANDS = List.of("analyze", "monitor", "export", "edit", "advise");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return HeadroomCommand.run(args, TestContexts.withoutDevices(out, err));
    }

    private List<String> errLines() {
        return err.toString().replace("\r", "").lines().toList();
    }

    /** Point 10: every kind of usage error, in every command, is its one line and where the help is; exit 2. */
    @Test
    void aUsageErrorIsOneLineAndThePointerToTheHelp() throws Exception {
        Path source = DEMO.toAbsolutePath();
        Path edl = Files.writeString(dir.resolve("e.json"), "{\"edits\": []}");
        Map<String, String[]> mistakes = Map.of(
                "advise", new String[] {"advise", "--environment", "moon"},
                "analyze", new String[] {"analyze", "--clip-run", "0", source.toString()},
                "monitor", new String[] {"monitor", "--seconds", "-1", "--device", "demo"},
                "edit", new String[] {"edit", source.toString(), "--edl", edl.toString(), "-o", source.toString()},
                "export", new String[] {"export", source.toString(), "-o", dir.resolve("x.mp3").toString(), "--no-such-option"});
        for (Map.Entry<String, String[]> m : mistakes.entrySet()) {
            assertEquals(ExitCode.USAGE, run(m.getValue()), m.getKey() + ": " + err);
            List<String> lines = errLines();
            assertEquals(2, lines.size(), m.getKey() + " printed more than its error: " + err);
            assertTrue(lines.get(0).startsWith("headroom: "), lines.get(0));
            assertEquals("see 'headroom " + m.getKey() + " --help'", lines.get(1));
            assertFalse(err.toString().contains("Usage:"), "no help dumped after the error");
            assertEquals("", out.toString(), m.getKey() + " wrote a report after a usage error");
        }
        // headroom with options but no command (no options at all opens the window)
        assertEquals(ExitCode.USAGE, run("--debug"));
        assertEquals(List.of("headroom: name a command: analyze, monitor, export, edit, advise, report", "see 'headroom --help'"), errLines());
        // the advise error still says what is wrong and what would be right
        run("advise", "--environment", "moon");
        assertTrue(errLines().get(0).contains("unknown environment 'moon'") && errLines().get(0).contains("church-hall"), err.toString());
    }

    /** Point 11: a cut from 5 to 50 s on a 9.8 s source does not fit: exit 2, one line naming the edit, nothing written. */
    @Test
    void anEditPastTheSourcesEndIsRefusedNamingTheEdit() throws Exception {
        Path edl = Files.writeString(dir.resolve("cut.json"),
                "{\"edits\": [{\"op\": \"gain\", \"db\": -1}, {\"op\": \"cut\", \"start\": 5, \"end\": 50}]}");
        Path target = dir.resolve("out.wav");
        assertEquals(ExitCode.USAGE, run("edit", DEMO.toString(), "--edl", edl.toString(), "-o", target.toString()), out.toString());
        List<String> lines = errLines();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("edit 2 (cut)") && lines.get(0).contains("end 50") && lines.get(0).contains("9.823 s"),
                lines.get(0));
        assertFalse(Files.exists(target), "nothing is written for an edit list that does not fit");

        // within a millisecond of the end still means "to the end" (an edit list written to the ms)
        Path toTheEnd = Files.writeString(dir.resolve("end.json"), "{\"edits\": [{\"op\": \"cut\", \"start\": 5, \"end\": 9.8235}]}");
        assertEquals(ExitCode.OK, run("edit", DEMO.toString(), "--edl", toTheEnd.toString(), "-o", target.toString()), err.toString());
    }

    /** Point 12: every command prints the pom's version (and the commit when built from git), not "(development build)" or nothing. */
    @Test
    void everyCommandPrintsTheBuildsVersion() throws Exception {
        Matcher pom = Pattern.compile("<artifactId>headroom</artifactId>\\s*<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(pom.find(), "the pom's own version");
        Pattern line = Pattern.compile("headroom " + Pattern.quote(pom.group(1)) + "( \\(commit [0-9a-f]{7,40}(-dirty)?\\))?");
        assertEquals(ExitCode.OK, run("--version"));
        String top = out.toString().strip();
        assertTrue(line.matcher(top).matches(), top);
        for (String command : COMMANDS) {
            assertEquals(ExitCode.OK, run(command, "--version"), command);
            assertEquals(top, out.toString().strip(), command + " --version");
        }
        // a checkout built by Maven has the commit in it (the test runs on what Maven built)
        if (Files.exists(Path.of(".git"))) assertTrue(top.contains("(commit "), top);
    }

    /** Point 12: `headroom --help` lists each command with its summary whole, and every description reads in whole sentences. */
    @Test
    void theHelpShowsEveryDescriptionWhole() {
        assertEquals(ExitCode.OK, run("--help"));
        String help = out.toString().replace("\r", "").replaceAll("\\s+", " ");
        CommandLine cl = HeadroomCommand.commandLine(TestContexts.withoutDevices(out, err), false);
        for (String command : COMMANDS) {
            String[] description = cl.getSubcommands().get(command).getCommandSpec().usageMessage().description();
            assertTrue(help.contains(command + " " + description[0]), command + "'s summary is cut in: " + help);
            for (String paragraph : description) {
                // picocli wraps each element on its own, so an element ending mid-sentence breaks the text mid-line
                assertTrue(paragraph.matches("(?s).*[.:)]$"), command + ": a description element ends mid-sentence: " + paragraph);
            }
            for (String line : cl.getSubcommands().get(command).getCommandSpec().usageMessage().footer()) {
                // a footer line is a whole paragraph, or an example short enough not to be broken mid-command
                assertTrue(line.isEmpty() || line.matches("(?s).*[.:)]$") || line.length() < 80, command + "'s footer breaks: " + line);
            }
        }
    }

    /** Point 13: a codec whose container and encoding share a name is named once, in the report and in the export's check. */
    @Test
    void aCodecIsNamedOnce() throws Exception {
        assertEquals(ExitCode.OK, run("analyze", MP3.toString()), err.toString());
        String format = out.toString().lines().filter(l -> l.strip().startsWith("Format")).findFirst().orElseThrow();
        assertTrue(format.contains("MP3, 44100 Hz"), format);
        assertFalse(format.contains("MP3, MP3"), format);

        Path speech = dir.resolve("speech.wav");
        WavWriter.write(speech, 48000, WavWriter.SampleFormat.PCM_24, new float[][] {TestSignals.speechLike(48000, 4, -20, 3)});
        run("export", speech.toString(), "-o", dir.resolve("speech.mp3").toString(), "--preset", "podcast-mp3-mono");
        String codec = out.toString().lines().filter(l -> l.strip().startsWith("codec:")).findFirst().orElseThrow();
        assertTrue(codec.matches("\\s*codec: MP3\\s+\\(wants MP3\\)\\s+pass"), codec);
    }

    /** Point 14: JSON counts channels from 1, as the text does: a finding on "Channel 2" is channel 2. */
    @Test
    void jsonCountsChannelsFromOneAsTheTextDoes() throws Exception {
        assertEquals(ExitCode.OK, run("analyze", "--json", DEMO.toString()), err.toString());
        JsonNode report = new ObjectMapper().readTree(out.toString());
        int perChannel = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("channel").isNull()) continue;
            int channel = f.get("channel").asInt();
            assertTrue(channel == 1 || channel == 2, f.toString());
            assertTrue(f.get("message").asText().contains("Channel " + channel), f.toString());
            perChannel++;
        }
        assertTrue(perChannel >= 2, "the demo take clips on both channels");
        boolean second = false;
        for (JsonNode e : report.get("clipping").get("events")) {
            int channel = e.get("channel").asInt();
            assertTrue(channel == 1 || channel == 2, e.toString());
            second |= channel == 2;
        }
        assertTrue(second, "clip events on the second channel are channel 2");
    }
}
