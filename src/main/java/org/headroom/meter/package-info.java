/**
 * Pure DSP meters: peak, true peak, RMS, loudness, correlation, DC, bit depth; arrays in,
 * numbers out.
 *
 * <p>Every meter is a {@link org.headroom.meter.BlockConsumer}: configured when built, fed
 * de-interleaved float blocks of any size (one frame included) by one thread, asked for results
 * at any time. Results never depend on how the stream was cut into blocks — bit for bit, which
 * {@code BlockSizeIndependenceTest} checks — because state is carried across blocks and every
 * running sum is added to in stream order.
 *
 * <ul>
 *   <li>{@link org.headroom.meter.SampleStatsMeter}: sample peak, RMS, DC offset.</li>
 *   <li>{@link org.headroom.meter.TruePeakMeter}: BS.1770 Annex 2 true peak and overs, with an
 *       exact skip of sub-blocks that cannot raise the result.</li>
 *   <li>{@link org.headroom.meter.LoudnessMeter}: M, S, I and LRA on a 10 ms grid, K-weighting
 *       from {@link org.headroom.meter.KWeighting} for any sample rate.</li>
 *   <li>{@link org.headroom.meter.CorrelationMeter}: phase correlation, whole and last ~300 ms.</li>
 *   <li>{@link org.headroom.meter.BitDepthMeter}: effective bit depth for PCM and float.</li>
 * </ul>
 *
 * <p>No javax.sound, Swing or AWT here. Undefined values are {@code OptionalDouble.empty()}
 * (or NaN in the step history), never a sentinel number.
 */
package org.headroom.meter;
