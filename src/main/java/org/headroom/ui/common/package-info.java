/**
 * What every window shares: the look (colours and fonts of the theme), the one theme all open
 * windows show ({@link org.headroom.ui.common.Theme}), each window's table of keys
 * ({@link org.headroom.ui.common.KeyTable}), how numbers read on screen, and the small themed
 * widgets. It depends on no other ui package, so the monitor, the editor and the advisor can
 * all use it without depending on each other.
 */
package org.headroom.ui.common;
