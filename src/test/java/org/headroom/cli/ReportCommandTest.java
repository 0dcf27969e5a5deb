package org.headroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.headroom.analysis.soundreport.ReportFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code headroom report} on a card as a recorder leaves it: the page, the CSV and the JSON checked field by field. */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path card;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void card() throws IOException {
        card = ReportFixtures.card(dir.resolve("DAY07"));
    }

    private int run(String... args) {
        return HeadroomCommand.run(args, TestContexts.capturing(out, err));
    }

    @Test
    void reportOfACardWithOneDamagedTake() throws IOException {
        Path html = dir.resolve("day07.html");
        Path csv = dir.resolve("day07.csv");
        int status = run("report", card.toString(), "-o", html.toString(), "--csv", csv.toString(), "--json", "--title", "Harbour <Lights> day 7");
        assertEquals(ExitCode.UNREADABLE, status, err.toString());
        assertTrue(err.toString().contains("DAY07/broken.WAV: not an audio file"), err.toString());

        List<JsonNode> lines = TestContexts.jsonLines(out);
        assertEquals(ReportFixtures.TAKES, lines.size(), "one line per take: hidden and non-audio files are not takes");
        Map<String, JsonNode> byName = lines.stream().collect(Collectors.toMap(n -> Path.of(n.get("file").asText()).getFileName().toString(), n -> n));
        assertFalse(byName.keySet().stream().anyMatch(n -> n.startsWith(".")), byName.keySet().toString());
        JsonNode sd = byName.get("12A_T03.WAV");
        assertEquals("12A", sd.at("/metadata/scene").asText());
        assertEquals(true, sd.at("/metadata/circled").asBoolean());
        assertEquals("Boom", sd.at("/metadata/tracks/1").asText());
        assertEquals("10:00:00:00", sd.at("/timecode/start").asText());
        assertEquals("23.976", sd.at("/timecode/rate").asText());
        assertEquals("12A", sd.at("/metadata/ixml.SCENE").asText(), "the raw entries stay, as analyze prints them");
        JsonNode clip = byName.get("T0042.WAV");
        JsonNode firstClip = null;
        for (JsonNode f : clip.get("findings")) if (f.get("kind").asText().equals("CLIPPING")) { firstClip = f; break; }
        assertEquals("13:30:16:12", firstClip.get("timecode").asText(), "a clip 1.0 s into a take that starts at 13:30:15:12");
        assertTrue(byName.get("broken.WAV").get("error").asText().contains("not an audio file"));
        assertTrue(byName.get("SC9_T01.WAV.recording").at("/metadata/unfinishedRecording").asBoolean());

        Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        assertEquals("Harbour <Lights> day 7", page.title(), "the title is escaped, not markup");
        assertTrue(page.select("script, link, img, iframe, object").isEmpty(), "self-contained: no script, no fetched resource");
        assertTrue(page.select("[src], [href]").isEmpty());
        assertTrue(page.select("style").first().data().contains("@page"), "a print page size is set");
        assertEquals(Integer.toString(ReportFixtures.TAKES), total(page, "Takes"));
        assertEquals("2", total(page, "Takes with errors"), "the damaged file and the clipped take");
        assertEquals("1", total(page, "Unreadable"));
        assertEquals("0:00:14", total(page, "Hours"), "seven readable takes of two seconds");
        List<String> scenes = page.select("tr.scene th").eachText();
        assertEquals(List.of("Scene 2 · 1 take", "Scene 9 · 1 take", "Scene 12A · 2 takes", "Scene 31 · 1 take",
                "Scene INT KITCHEN · 1 take", "No scene · 2 takes"), scenes, "natural order, takes without a scene last");
        Element sdRow = take(page, "12A_T03.WAV");
        assertEquals("10:00:00:00", sdRow.selectFirst("td.tc").text());
        assertEquals("◯", sdRow.selectFirst("td.circled").text());
        assertEquals("Mix, Boom, Lav Anna", sdRow.selectFirst("td.tracks").text());
        assertEquals("0:00:02.000", sdRow.selectFirst("td.len").text());
        assertTrue(sdRow.selectFirst("td.picture svg path.momentary") != null, "momentary loudness is drawn (a 2 s take has no 3 s short-term value)");
        assertTrue(sdRow.text().contains("Plane overhead at the end; café scene"));
        Element clipRow = take(page, "T0042.WAV");
        assertTrue(clipRow.selectFirst("td.problems .mark.error[data-kind=CLIPPING]") != null, clipRow.html());
        assertEquals("13:30:16:12", clipRow.selectFirst("li[data-kind=CLIPPING] span.tc").text());
        assertTrue(clipRow.select("td.picture svg line.mark").size() >= 1, "the clip is ticked on the picture");
        Element broken = take(page, "broken.WAV");
        assertTrue(broken.text().contains("Could not be read: not an audio file"), broken.text());
        assertTrue(take(page, "SC9_T01.WAV.recording").text().contains("unfinished recording"));

        List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(ReportFixtures.TAKES + 1, csvLines.size());
        assertTrue(csvLines.get(0).startsWith("scene,take,circled,start_timecode,timecode_rate,duration_s,file"));
        assertTrue(csvLines.stream().anyMatch(l -> l.startsWith("12A,3,yes,10:00:00:00,23.976,2.000,")), csvLines.toString());
        assertTrue(csvLines.get(csvLines.size() - 1).contains("not an audio file"), "the unreadable take is last: no scene, and \"broken\" sorts before \"WILD\" only by case-blind order");
        assertTrue(err.toString().contains("wrote " + html + ": 8 takes, 0:00:14, 2 with errors, 0 from the cache"), err.toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("DAY07", "day07.csv", "day07.html", "day07.html.cache"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing but the outputs and the cache: no temporary file is left");
        }
    }

    @Test
    void secondRunReadsEveryTakeFromTheCache() throws IOException {
        Path html = dir.resolve("r.html");
        run("report", card.toString(), "-o", html.toString());
        String first = Files.readString(html);
        err.getBuffer().setLength(0);
        run("report", card.toString(), "-o", html.toString());
        assertTrue(err.toString().contains("7 from the cache"), "every readable take; the damaged one is tried again: " + err);
        assertEquals(withoutDate(first), withoutDate(Files.readString(html)), "the cached report is the same page");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        assertEquals(ExitCode.USAGE, run("report", card.toString()));
        assertTrue(err.toString().contains("Missing required option"), err.toString());
        assertEquals(ExitCode.USAGE, run("report", card.toString(), "-o", dir.resolve("x.html").toString(), "--jobs", "0"));
        assertEquals(ExitCode.USAGE, run("report", card.toString(), "-o", dir.resolve("x.html").toString(), "--preset", "no-such"));
        assertFalse(Files.exists(dir.resolve("x.html")));
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aFolderWithoutTakesIsExitThree() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(ExitCode.UNREADABLE, run("report", empty.toString(), "-o", dir.resolve("e.html").toString()));
        assertTrue(err.toString().contains("no audio files"), err.toString());
        assertFalse(Files.exists(dir.resolve("e.html")));
    }

    @Test
    void aBadlyClippedTakeListsTheFirstHundredEventsAndCountsThemAll() throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(Path.of("testdata/dialogue-clipped-hum-48000-2-24.wav"), one.resolve("take.wav"));
        assertEquals(ExitCode.OK, run("report", one.toString(), "-o", dir.resolve("one.html").toString(), "--json"));
        JsonNode clipping = TestContexts.jsonLines(out).get(0).get("clipping");
        assertEquals(414, clipping.get("eventCount").asInt(), "as analyze counts them");
        assertEquals(100, clipping.get("eventsListed").asInt());
        assertEquals(100, clipping.get("events").size());
    }

    @Test
    void aReportIntoAFolderThatDoesNotExistIsRefusedBeforeReading() {
        Path nowhere = dir.resolve("no/such/folder/r.html");
        assertEquals(ExitCode.UNREADABLE, run("report", card.toString(), "-o", nowhere.toString()));
        assertTrue(err.toString().contains("cannot write the report (no such folder"), err.toString());
        assertEquals(1, err.toString().lines().count(), "one line");
    }

    private static String total(Document page, String name) {
        return page.selectFirst("div.total[data-total=\"" + name + "\"] dd").text();
    }

    private static Element take(Document page, String name) {
        for (Element e : page.select("tbody.take")) if (e.attr("data-file").endsWith("/" + name)) return e;
        throw new AssertionError("no row for " + name);
    }

    private static String withoutDate(String html) {
        return html.replaceAll("<dt>Made</dt><dd>[^<]*</dd>", "");
    }
}
