package org.headroom.ui.editor;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Shows a written file in the desktop's file manager. Talks to the desktop, so never on the EDT. */
final class FolderOpener {
    private FolderOpener() {
    }

    /** @return null when the file manager was asked, or a sentence saying why it could not be */
    static String show(Path file) {
        if (!Desktop.isDesktopSupported()) return "No file manager to show it in: the file is " + file;
        Desktop d = Desktop.getDesktop();
        try {
            if (d.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                d.browseFileDirectory(file.toFile()); // selects the file where the desktop can
                return null;
            }
            if (d.isSupported(Desktop.Action.OPEN)) {
                d.open(file.toAbsolutePath().getParent().toFile());
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return "Could not open the folder (" + e.getMessage() + "): the file is " + file;
        }
        return "No file manager to show it in: the file is " + file;
    }
}
