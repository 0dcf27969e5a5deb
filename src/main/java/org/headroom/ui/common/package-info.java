/**
 * What every window shares: the look (colours and fonts of the theme), how numbers read on
 * screen, and the small themed widgets. It depends on no other ui package, so the monitor, the
 * editor and the advisor can all use it without depending on each other.
 */
package org.headroom.ui.common;
