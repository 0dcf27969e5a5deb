/** Pure DSP meters: peak, true peak, RMS, loudness, correlation, DC, bit depth; arrays in, numbers out. */
package org.headroom.meter;
