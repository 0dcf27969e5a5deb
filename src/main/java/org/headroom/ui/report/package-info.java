/** File → Sound report for a folder…: choosing the folder and the page, progress and Cancel, then the browser. */
package org.headroom.ui.report;
