package org.headroom.edit;

/** One stage after the splice: changes a block in place, keeping whatever state it needs between blocks. */
interface BlockProcessor {
    void process(float[][] block, int frames);
}
