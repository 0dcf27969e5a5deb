/** Reading and writing audio: sources, sinks and file formats; the only javax.sound and codec code. */
package org.headroom.audio;
