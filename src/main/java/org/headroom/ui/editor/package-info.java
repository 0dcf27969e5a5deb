/**
 * Swing: the editor window. A recording's waveform (overview and zoomable detail, drawn from the
 * engine's {@link org.headroom.edit.PeakCache}), the engine's findings and suggested edit points
 * over it, non-destructive edits with undo, playback and export with its delivery check. The
 * EDT only draws and edits lists; reading, analysing, rendering and playing run on their own threads.
 */
package org.headroom.ui.editor;
