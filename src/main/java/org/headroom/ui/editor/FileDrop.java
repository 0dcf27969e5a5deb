package org.headroom.ui.editor;

import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.nio.file.Path;
import javax.swing.TransferHandler;

/** Accepts files dropped on the editor and opens each (any format the engine reads; it says so if not). */
final class FileDrop extends TransferHandler {
    private static final long serialVersionUID = 1L;
    private final transient Consumer<Path> open;

    FileDrop(Consumer<Path> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) return false;
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            for (File f : files) open.accept(f.toPath());
            return !files.isEmpty();
        } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
            return false;
        }
    }
}
