package org.headroom.preset;

/**
 * A preset that cannot be used: unknown name, unreadable or invalid file. The message is one
 * line a user can act on and names the file: {@code "presets/delivery/x.json: 'integratedLufs'
 * must be a number between -70 and 0"}.
 */
public class PresetException extends Exception {
    private static final long serialVersionUID = 1L;

    public PresetException(String message) {
        super(message);
    }
}
