/**
 * The live monitor window: input choice, meters, loudness, spectrum, history, the room card,
 * recording and the QC log. It opens the editor and the advisor (never the other way round)
 * and shares its widgets and look through {@code ui.common}.
 */
package org.headroom.ui.monitor;
