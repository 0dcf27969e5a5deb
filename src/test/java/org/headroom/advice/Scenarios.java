package org.headroom.advice;

import java.util.Map;
import org.headroom.preset.PresetException;

/** The reference §4.1 situations, built once from the bundled environments. */
final class Scenarios {
    private final Map<String, Environment> env;

    Scenarios() throws PresetException {
        env = AdvicePresetsTest.environments();
    }

    Situation presenterOutdoorsInWind() {
        return Situation.builder().environment(env.get("windy-exterior")).onCamera(true).micMayShow(false).distanceMetres(2).build();
    }

    Situation reverberantHallAtTwoMetres() {
        return Situation.builder().environment(env.get("church-hall")).onCamera(true).micMayShow(false).distanceMetres(2).build();
    }

    Situation stairwellOffCameraAtOneAndAHalf() {
        return Situation.builder().environment(env.get("stairwell")).distanceMetres(1.5).build();
    }

    Situation podcastRoundTableSharedMic() {
        return Situation.builder().environment(env.get("living-room")).talkers(4).sharedMic(true).distanceMetres(0.8).build();
    }

    Situation podcastRoundTableOwnMics() {
        return Situation.builder().environment(env.get("living-room")).talkers(4).distanceMetres(0.3).build();
    }

    Situation noisyStreetInterviewNoiseBehind() {
        return Situation.builder().environment(env.get("street")).talkers(2).sharedMic(true).onCamera(true).micMayShow(true)
                .distanceMetres(1.5).noiseDirectionDegrees(180).wind(false).build();
    }

    Situation windyStreetInterview() {
        return Situation.builder().environment(env.get("street")).talkers(2).sharedMic(true).onCamera(true).micMayShow(true)
                .distanceMetres(1.5).wind(true).build();
    }

    Situation vlogInLivingRoom() {
        return Situation.builder().environment(env.get("living-room")).onCamera(true).micMayShow(true).distanceMetres(2).build();
    }

    Situation dramaExteriorWalking() {
        return Situation.builder().environment(env.get("street")).onCamera(true).micMayShow(false).moving(true).wind(false).distanceMetres(3).build();
    }

    Situation dramaInteriorLivingRoom() {
        return Situation.builder().environment(env.get("living-room")).onCamera(true).micMayShow(false).distanceMetres(3).build();
    }

    Situation twoTalkersFaceToFaceOneMic() {
        return Situation.builder().environment(env.get("studio")).talkers(2).sharedMic(true).distanceMetres(0.5).build();
    }

    Situation lecturerWalkingInClassroom() {
        return Situation.builder().environment(env.get("classroom")).moving(true).onCamera(true).micMayShow(true).distanceMetres(4).build();
    }
}
