package org.headroom.export;

import java.io.IOException;
import java.nio.file.Path;

/** The target would overwrite the file being exported. */
public final class TargetIsSourceException extends IOException {
    private static final long serialVersionUID = 1L;

    public TargetIsSourceException(Path target) {
        super(target + ": is the source itself; an export never overwrites its own source");
    }
}
