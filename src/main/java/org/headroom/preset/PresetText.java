package org.headroom.preset;

/** The text of one preset file and the name to show for it in messages. */
public record PresetText(String displayName, String text) {
}
