package org.headroom.export;

import java.nio.file.Path;

/**
 * Child process for {@link KillDuringExportTest}: exports SOURCE to TARGET slowly (a pause per
 * block) and says "writing" on stdout once the encoding pass has begun, so the parent knows
 * when to kill it.
 */
public final class SlowExportMain {
    private SlowExportMain() {
    }

    public static void main(String[] args) throws Exception {
        Codec codec = Codec.parse(args[2]);
        ExportSettings s = new ExportSettings(codec, null, null, 16, false, codec == Codec.MP3 ? Mp3Settings.cbr(128) : null,
                false, null, null);
        new Exporter(s).export(Path.of(args[0]), Path.of(args[1]), ExportTags.none(), new ExportMonitor() {
            boolean told;

            @Override
            public void progress(String stage, long done, long total) {
                if (stage.equals("writing") && !told) {
                    told = true;
                    System.out.println("writing");
                    System.out.flush();
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.out.println("finished");
    }
}
