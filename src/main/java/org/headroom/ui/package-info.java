/** Swing: the live monitor window, its meters and widgets, themes and QC log exports. */
package org.headroom.ui;
