package org.headroom.meter;

/**
 * Anything that takes audio in blocks: meters and detectors. Blocks are de-interleaved,
 * {@code block[channel][frame]}, and only the first {@code frames} frames are valid.
 * Implementations keep no reference to the block after returning: the caller reuses it.
 */
public interface BlockConsumer {
    void accept(float[][] block, int frames);
}
