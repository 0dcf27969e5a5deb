package org.headroom.export;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.GetAudio;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.VbrMode;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mp3.Parse;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

/**
 * jump3r (a Java port of LAME 3.98) wired by hand. Its convenience class {@code LameEncoder}
 * hides the global flags, and without them we cannot ask for the final Xing/LAME tag frame
 * that tells decoders the encoder delay and padding (gapless playback, exact duration).
 * The module graph is the one LAME's own front end builds.
 */
final class LameSetup {
    final Lame lame = new Lame();
    final VBRTag vbrTag = new VBRTag();
    final LameGlobalFlags flags;

    LameSetup(int sampleRate, int channels, Mp3Settings s) {
        GetAudio audio = new GetAudio();
        GainAnalysis gain = new GainAnalysis();
        BitStream bits = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        Version version = new Version();
        ID3Tag id3 = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        Parse parse = new Parse();
        MPGLib mpg = new MPGLib();
        Interface intf = new Interface();
        Common common = new Common();
        lame.setModules(gain, bits, presets, quantizePvt, quantize, vbrTag, version, id3, mpg);
        bits.setModules(gain, mpg, version, vbrTag);
        id3.setModules(bits, version);
        presets.setModules(lame);
        quantize.setModules(bits, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bits);
        takehiro.setModules(quantizePvt);
        vbrTag.setModules(lame, bits, version);
        audio.setModules(parse, mpg);
        parse.setModules(version, id3, presets);
        mpg.setModules(intf, common);
        intf.setModules(vbrTag, common);

        flags = lame.lame_init();
        flags.num_channels = channels;
        flags.in_samplerate = sampleRate;
        flags.out_samplerate = sampleRate; // we resample ourselves; LAME must not
        flags.mode = channels == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        flags.quality = s.encoderQuality();
        if (s.vbr()) {
            flags.VBR = VbrMode.vbr_mtrh;
            flags.VBR_q = s.vbrQuality();
        } else {
            flags.VBR = VbrMode.vbr_off;
            flags.brate = s.bitrateKbps();
        }
        id3.id3tag_init(flags);
        flags.write_id3tag_automatic = false; // we write our own ID3v2 in front
        flags.findReplayGain = false;         // nobody reads it, and it costs time
        flags.bWriteVbrTag = true;            // the Xing/Info + LAME frame with delay and padding
        int status = lame.lame_init_params(flags);
        if (status < 0) throw new IllegalArgumentException("LAME refused the settings " + s + " at " + sampleRate + " Hz (" + status + ")");
    }
}
