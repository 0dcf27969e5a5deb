package org.headroom.audio;

/**
 * Something a reader noticed while reading that a person should know, such as a header left
 * behind by a crashed recorder. The analysis turns notices into findings.
 *
 * @param rule    short machine-readable name of what was noticed, e.g. "wav.data-size-repaired"
 * @param message one plain sentence for the user
 */
public record ReadNotice(String rule, String message) {
}
