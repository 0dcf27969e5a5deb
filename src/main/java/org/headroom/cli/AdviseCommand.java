package org.headroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.headroom.advice.AdvicePresets;
import org.headroom.advice.Environment;
import org.headroom.advice.Location;
import org.headroom.advice.LocationListening;
import org.headroom.advice.LocationMeasurement;
import org.headroom.advice.MicRecommender;
import org.headroom.advice.NoiseCriteria;
import org.headroom.advice.Recommendation;
import org.headroom.advice.Scenario;
import org.headroom.advice.ScenarioPresets;
import org.headroom.advice.ScoringWeights;
import org.headroom.advice.Situation;
import org.headroom.advice.TuningPresets;
import org.headroom.audio.AudioFileException;
import org.headroom.audio.AudioFiles;
import org.headroom.audio.AudioSource;
import org.headroom.preset.PresetException;
import org.headroom.preset.PresetLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code headroom advise}: measures a place (optionally) and ranks microphones for the shoot. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = {"Recommend a microphone pattern, type and placement for a shoot.",
                "A --recording (room tone, some speech, optionally a hand clap) is measured and overrides the "
                        + "environment's typical noise and reverberation.",
                "--listen SECONDS (10-30) hears the place live from a capture device instead; "
                        + "it prompts on stderr: 5 s of room tone, then talk, and clap once if you can.",
                "Exit status: 0 advice given, 2 usage error, 3 the recording or device failed."})
final class AdviseCommand implements Callable<Integer> {

    static final class Where {
        @Option(names = "--indoor", description = "The shoot is indoors.")
        boolean indoor;
        @Option(names = "--outdoor", description = "The shoot is outdoors.")
        boolean outdoor;
    }

    @Option(names = "--recording", paramLabel = "FILE", description = "A short test recording of the place to measure.")
    Path recording;

    @Option(names = "--listen", paramLabel = "SECONDS", description = "Measure the place live for 10 to 30 seconds instead of a --recording.")
    Integer listen;

    @Option(names = "--device", paramLabel = "NAME", description = "With --listen: capture device (or part of its name), 'demo', or 'file:PATH', as for monitor.")
    String device;

    @Option(names = "--environment", paramLabel = "PRESET", description = "A typical place: studio, living-room, street, church-hall...")
    String environment;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where;

    @Option(names = "--talkers", paramLabel = "N", defaultValue = "1", description = "People speaking (default 1).")
    int talkers;

    @Option(names = "--shared-mic", description = "One mic must serve all the talkers.")
    boolean sharedMic;

    @Option(names = "--moving", description = "The talkers walk about.")
    boolean moving;

    @Option(names = "--solo", description = "No crew: nobody to hold a boom; filming yourself on the move, the camera is in your hand.")
    boolean solo;

    @Option(names = "--live-event", description = "A live event the crew must not disturb (a service, a lecture, real life followed by a camera): no boom over the talker.")
    boolean liveEvent;

    @Option(names = "--on-camera", description = "The talker is in shot: no mic may be seen unless --mic-may-show.")
    boolean onCamera;

    @Option(names = "--mic-may-show", description = "With --on-camera: a visible mic is acceptable.")
    boolean micMayShow;

    @Option(names = "--distance", paramLabel = "METRES", defaultValue = "1", description = "Talker to camera or mic stand (default 1).")
    double distance;

    @Option(names = "--room-volume", paramLabel = "M3", description = "Room volume in cubic metres.")
    Double roomVolume;

    @Option(names = "--wind", description = "There is wind at the mic.")
    boolean wind;

    @Option(names = "--rain", description = "It is raining on the exterior: drops on a mic's cover count against it (try --environment rainy-exterior).")
    boolean rain;

    @Option(names = "--noise-direction", paramLabel = "DEGREES", description = "Angle of the main noise source off the mic's aim (180 = behind).")
    Double noiseDirection;

    @Option(names = "--json", description = "One JSON object: environment and ranked recommendations.")
    boolean json;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Show a trainer scenario, the guide's answer and Headroom's ranking.")
    String scenario;

    @Option(names = "--list-scenarios", description = "List the trainer scenarios.")
    boolean listScenarios;

    @Spec
    CommandSpec spec;

    private final CliContext ctx;

    AdviseCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        check();
        Catalogue cat;
        try {
            cat = Catalogue.load(ctx.presets().get());
        } catch (PresetException e) {
            ctx.err().println("headroom: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (listScenarios) {
            for (Scenario s : cat.scenarios()) ctx.out().println(s.id() + "  " + s.title());
            return ExitCode.OK;
        }
        MicRecommender recommender = new MicRecommender(cat.microphones(), cat.scoring());
        if (scenario != null) {
            Scenario s = cat.scenarios().stream().filter(x -> x.id().equals(scenario)).findFirst()
                    .orElseThrow(() -> usage("unknown scenario '" + scenario + "'; see --list-scenarios"));
            AdviceOutput.scenario(ctx.out(), s, recommender.recommend(s.situation()));
            return ExitCode.OK;
        }
        Optional<Location> location = Optional.empty();
        if (recording != null) {
            String problem = precheck(recording);
            if (problem != null) return unreadable(recording + ": " + problem);
            try (AudioSource source = AudioFiles.open(recording)) {
                location = Optional.of(LocationMeasurement.measure(source, distance, cat.noiseCriteria()));
            } catch (AudioFileException e) {
                return unreadable(e.getMessage());
            } catch (IOException e) {
                return unreadable(recording + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
            }
        }
        if (listen != null) {
            try {
                location = Optional.of(new AdviceListening(ctx).listen(listen, device, distance, cat.noiseCriteria()));
            } catch (IOException e) {
                return unreadable(MonitorCommand.oneLine(e));
            }
        }
        Situation situation = situation(cat, location);
        List<Recommendation> recs = recommender.recommend(situation);
        boolean roomKnown = roomVolume != null || situation.environment() != null && situation.environment().room().isPresent();
        AdviceOutput.Summary summary = AdviceOutput.Summary.of(situation, location, roomKnown);
        if (json) {
            AdviceOutput.json(ctx.out(), summary, recs);
        } else {
            AdviceOutput.text(ctx.out(), summary, recs);
        }
        return ExitCode.OK;
    }

    private void check() {
        if (micMayShow && !onCamera) throw usage("--mic-may-show needs --on-camera");
        if (talkers < 1 || talkers > 20) throw usage("--talkers must be 1 to 20, not " + talkers);
        if (!(distance > 0 && distance <= 100)) throw usage("--distance must be more than 0 and at most 100 metres");
        if (roomVolume != null && !(roomVolume >= 1 && roomVolume <= 1_000_000)) throw usage("--room-volume must be 1 to 1000000 m³");
        if (noiseDirection != null && !(noiseDirection >= 0 && noiseDirection <= 180)) throw usage("--noise-direction must be 0 to 180 degrees");
        if (where != null && where.outdoor && roomVolume != null) throw usage("--room-volume makes no sense with --outdoor");
        if (listen != null && recording != null) throw usage("use --recording or --listen, not both");
        if (listen != null && (listen < LocationListening.MIN_SECONDS || listen > LocationListening.MAX_SECONDS)) {
            throw usage("--listen: " + LocationListening.secondsProblem(listen));
        }
        if (device != null && listen == null) throw usage("--device needs --listen");
    }

    private Situation situation(Catalogue cat, Optional<Location> location) {
        Situation.Builder b = Situation.builder().talkers(talkers).sharedMic(sharedMic).moving(moving).solo(solo).liveEvent(liveEvent)
                .onCamera(onCamera).micMayShow(!onCamera || micMayShow).distanceMetres(distance);
        if (environment != null) {
            Environment env = cat.environments().get(environment);
            if (env == null) throw usage("unknown environment '" + environment + "'; available: " + String.join(", ", cat.environments().keySet()));
            b.environment(env);
        }
        if (where != null) b.outdoor(where.outdoor);
        if (roomVolume != null) b.roomVolumeCubicMetres(roomVolume);
        if (noiseDirection != null) b.noiseDirectionDegrees(noiseDirection);
        location.ifPresent(l -> l.applyTo(b));
        if (wind) b.wind(true);
        if (rain) b.rain(true);
        return b.build();
    }

    private int unreadable(String message) {
        ctx.err().println("headroom: " + message);
        return ExitCode.UNREADABLE;
    }

    private static String precheck(Path file) {
        if (!Files.exists(file)) return "no such file";
        if (Files.isDirectory(file)) return "is a folder, not an audio file";
        if (!Files.isReadable(file)) return "permission denied";
        return null;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The advisor's presets, read once per run, as the GUI's AdvisorCatalogue reads them. */
    record Catalogue(List<org.headroom.advice.Microphone> microphones, Map<String, Environment> environments, List<Scenario> scenarios,
                     ScoringWeights scoring, NoiseCriteria noiseCriteria) {
        static Catalogue load(PresetLoader loader) throws PresetException {
            var mics = AdvicePresets.microphones(loader.folder(AdvicePresets.MICROPHONES));
            if (mics.isEmpty()) throw new PresetException("no microphones found in " + String.join(", ", loader.searchPath()));
            Map<String, Environment> envs = AdvicePresets.environments(loader.folder(AdvicePresets.ENVIRONMENTS)).stream()
                    .collect(Collectors.toMap(Environment::id, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
            List<Scenario> scenarios = ScenarioPresets.scenarios(loader.folder(ScenarioPresets.FOLDER), envs);
            return new Catalogue(mics, envs, scenarios, TuningPresets.scoring(loader), TuningPresets.noiseCriteria(loader));
        }
    }
}
