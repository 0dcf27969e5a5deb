package org.headroom.export;

import java.io.IOException;

/** The export was stopped on request; nothing was written under the target's name. */
public final class ExportCancelledException extends IOException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("export cancelled");
    }
}
