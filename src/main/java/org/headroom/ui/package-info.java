/**
 * The window side's entry ({@link org.headroom.ui.HeadroomApp}). The windows live in
 * subpackages: {@code ui.common} (the look, the theme, shortcuts and widgets every window
 * shares; it uses no window), {@code ui.monitor} (the live monitor, which opens the other
 * two), {@code ui.editor} and {@code ui.advisor}.
 */
package org.headroom.ui;
