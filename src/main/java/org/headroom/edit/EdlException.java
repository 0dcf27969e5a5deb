package org.headroom.edit;

import java.io.IOException;

/**
 * An edit list that cannot be used, with one line saying where and why:
 * "edits.json: edit 2 (cut): end 7.5 is before start 9.0".
 */
public final class EdlException extends IOException {
    private static final long serialVersionUID = 1L;

    public EdlException(String message) {
        super(message);
    }

    public EdlException(String message, Throwable cause) {
        super(message, cause);
    }
}
