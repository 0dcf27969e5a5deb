package org.headroom.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.KeyStroke;

import org.junit.jupiter.api.Test;

/**
 * Issue 11 point 2: every window's keys in one table, no key doing two things, and every
 * shortcut the README names doing what the README says it does.
 */
class KeyTableTest {
    /** A shortcut as the README writes it: Ctrl+Shift+E, Alt+1–4, F12, Shift+F3, "(space". */
    private static final Pattern SHORTCUT = Pattern.compile(
            "\\b((?:(?:Ctrl|Alt|Shift|Cmd)\\+)+)(F\\d{1,2}|[A-Z0-9](?:\u2013(\\d))?)(?![\\w+])|\\b(F\\d{1,2})\\b|(?<=\\()(space)\\b");
    private static final Set<String> FILLER = Set.of("the", "and", "or", "of", "to", "a", "in", "on", "all", "i", "as", "at");
    /**
     * The README's words for a shortcut are looked for in its own sentence (or list item) up to it and
     * a few words after it ("F12 shows frame rate"), not in the whole paragraph.
     */
    private static final int AFTER = 30;

    @Test
    void noWindowBindsOneKeyTwice() {
        for (KeyTable t : KeyTable.all()) assertEquals(List.of(), t.collisions(), t.window());
    }

    @Test
    void theCollisionRuleFindsTheOldAltR() {
        // the monitor before issue 11: Record and Reset I / LRA both on Alt+R
        KeyTable before = KeyTable.of("monitor", List.of(
                new KeyTable.Key("record", "Record", KeyTable.WINDOW, KeyEvent.VK_R, null),
                new KeyTable.Key("reset", "Reset I / LRA", KeyTable.WINDOW, KeyEvent.VK_R, null)));
        assertEquals(List.of("monitor: R in window is both 'Record' and 'Reset I / LRA'",
                "monitor: Alt+R is both 'Record' and 'Reset I / LRA'"), before.collisions());
        // an accelerator against a mnemonic, and a tab's mnemonic against the window's
        KeyTable mixed = KeyTable.of("advisor", List.of(
                new KeyTable.Key("tab", "Trainer", KeyTable.WINDOW, KeyEvent.VK_T, null),
                new KeyTable.Key("check", "Check", "tab:Trainer", KeyEvent.VK_T, null),
                new KeyTable.Key("ctrlAltT", "Something", KeyTable.WINDOW, 0,
                        KeyStroke.getKeyStroke(KeyEvent.VK_T, InputEvent.ALT_DOWN_MASK))));
        assertEquals(2, mixed.collisions().size(), mixed.collisions().toString());
        // the same letter in two menus, or on two tabs, is fine: only one of them is reachable at a time
        KeyTable apart = KeyTable.of("editor", List.of(
                new KeyTable.Key("a", "Cut", "menu:Edit", KeyEvent.VK_C, null),
                new KeyTable.Key("b", "Close", "menu:File", KeyEvent.VK_C, null),
                new KeyTable.Key("c", "Check", "tab:Trainer", KeyEvent.VK_C, null),
                new KeyTable.Key("d", "Compare", "tab:Your recording", KeyEvent.VK_C, null)));
        assertEquals(List.of(), apart.collisions());
    }

    @Test
    void altRRecordsAndCtrlTSwitchesTheThemeInEveryWindow() {
        KeyStroke altR = KeyStroke.getKeyStroke(KeyEvent.VK_R, InputEvent.ALT_DOWN_MASK);
        assertEquals("record", bound(KeyTable.MONITOR, altR).id());
        KeyStroke ctrlT = KeyStroke.getKeyStroke(KeyEvent.VK_T, KeyTable.MENU);
        for (KeyTable t : KeyTable.all()) assertEquals("theme", bound(t, ctrlT).id(), t.window());
    }

    @Test
    void everyReadmeShortcutDoesWhatTheReadmeSays() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] section : new String[][] {{"## The monitor", "monitor"}, {"## The mic advisor", "advisor"},
                {"## The editor", "editor"}}) {
            int from = readme.indexOf(section[0]);
            assertTrue(from >= 0, "README has " + section[0]);
            int to = readme.indexOf("\n## ", from + 1);
            String text = readme.substring(from, to < 0 ? readme.length() : to).replace('\n', ' ');
            Matcher m = SHORTCUT.matcher(text);
            while (m.find()) {
                String before = text.substring(sentenceStart(text, m.start()), m.start());
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER));
                KeyTable table = after.contains("in the monitor") ? KeyTable.MONITOR : table(section[1]);
                for (KeyStroke k : strokes(m)) {
                    checked++;
                    KeyTable.Key key = bound(table, k);
                    if (key == null) wrong.add(table.window() + ": README's " + m.group() + " is bound to nothing");
                    else if (!saysSo(key.label(), before + " " + after)) {
                        wrong.add(table.window() + ": README's " + m.group() + " (\u2026" + before + "|" + after
                                + "\u2026) is '" + key.label() + "'");
                    }
                }
            }
        }
        assertTrue(checked >= 18, "the README's shortcuts were found (" + checked + ")");
        assertEquals(List.of(), wrong);
    }

    /** The README's words around a shortcut name its action when one word of the action's label is among them. */
    private static boolean saysSo(String label, String around) {
        String near = around.toLowerCase(Locale.ROOT);
        return Arrays.stream(label.toLowerCase(Locale.ROOT).replace("\u2026", "").split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w.length() > 4 ? w.substring(0, 4) : w)).matcher(near).find());
    }

    private static int sentenceStart(String text, int at) {
        int start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(" - ", at));
        return start < 0 ? 0 : start + 2;
    }

    private static List<KeyStroke> strokes(Matcher m) {
        if (m.group(5) != null) return List.of(KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0));
        if (m.group(4) != null) return List.of(KeyStroke.getKeyStroke(fKey(m.group(4)), 0));
        int mods = 0;
        for (String mod : m.group(1).split("\\+")) {
            mods |= switch (mod) {
                case "Ctrl" -> InputEvent.CTRL_DOWN_MASK;
                case "Cmd" -> InputEvent.META_DOWN_MASK;
                case "Alt" -> InputEvent.ALT_DOWN_MASK;
                default -> InputEvent.SHIFT_DOWN_MASK;
            };
        }
        String key = m.group(2);
        List<KeyStroke> all = new ArrayList<>();
        if (key.startsWith("F") && key.length() > 1) {
            all.add(KeyStroke.getKeyStroke(fKey(key), mods));
        } else {
            char first = key.charAt(0);
            char last = m.group(3) != null ? m.group(3).charAt(0) : first; // Alt+1–4
            for (char c = first; c <= last; c++) all.add(KeyStroke.getKeyStroke(c, mods));
        }
        return all;
    }

    private static int fKey(String f) {
        return KeyEvent.VK_F1 + Integer.parseInt(f.substring(1)) - 1;
    }

    /** What a key does in a window: an accelerator, or an always-reachable Alt mnemonic. */
    private static KeyTable.Key bound(KeyTable t, KeyStroke k) {
        for (KeyTable.Key key : t.keys()) {
            if (k.equals(key.accelerator())) return key;
            if (key.scope().equals(KeyTable.WINDOW) && k.equals(key.altMnemonic())) return key;
        }
        return null;
    }

    private static KeyTable table(String window) {
        return KeyTable.all().stream().filter(t -> t.window().equals(window)).findFirst().orElseThrow();
    }

    @Test
    void hintsReadAsTheReadmeWritesKeys() {
        assertEquals("Alt+R", KeyTable.MONITOR.hint("record"));
        assertEquals("Ctrl+Shift+E", KeyTable.EDITOR.hint("export"));
        assertNotNull(KeyTable.MONITOR.accelerator("recordKey"));
        assertFalse(KeyTable.MONITOR.hint("theme").isEmpty());
    }
}
