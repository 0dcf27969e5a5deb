package org.headroom;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The house layering as a build failure, checked on the compiled classes (so a fully qualified
 * name or a wildcard import cannot slip past, as it could past the old import-regex test).
 *
 * <p>Layers, each using only those below it (skipping a layer is allowed; a layer's packages may
 * use each other as long as no package cycle forms):
 * <pre>
 *   Main (org.headroom)        the launcher: ui and cli only
 *   ui.., cli                  the two faces; neither uses the other
 *   analysis, edit, export, advice
 *   preset                     loading and validating presets/
 *   detect, meter
 *   audio                      readers, writers, devices; the only user of javax.sound
 *   dsp                        pure arithmetic: java.* and TarsosDSP only, usable by every layer
 * </pre>
 * Two places where the house design's drawing ("... → detect, meter, dsp → audio, preset") is
 * changed, each for a reason found in the code:
 * <ul>
 *   <li><b>preset sits above detect, not beside audio.</b> The analysis preset's "detection"
 *   object is parsed straight into {@code detect.DetectionThresholds}, the detectors' own record
 *   of how much is too much ({@code preset.PresetParser}, {@code preset.AnalysisDefaults}). The
 *   thresholds belong with the detectors that apply them; moving the record into preset would
 *   make every detector depend on the preset package instead. Nothing in detect, meter or
 *   audio reads presets.</li>
 *   <li><b>dsp is the ground floor, under audio.</b> It is the one place per formula (biquad,
 *   inter-sample peaks, Kaiser/sinc, spectrum, float↔integer sample conversion, denormals), and
 *   audio's encoders and player convert samples with it, so audio must be allowed to use dsp;
 *   dsp in turn uses nothing of Headroom. The dsp rules hold vacuously while the package is
 *   still empty.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.headroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String MAIN = "Main";
    private static final String UI = "ui";
    private static final String CLI = "cli";
    private static final String SERVICES = "analysis, edit, export, advice";
    private static final String PRESETS = "preset";
    private static final String MEASURES = "detect, meter";
    private static final String AUDIO = "audio";
    private static final String DSP = "dsp";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer(MAIN).definedBy("org.headroom")
            .layer(UI).definedBy("org.headroom.ui..")
            .layer(CLI).definedBy("org.headroom.cli..")
            .layer(SERVICES).definedBy("org.headroom.analysis..", "org.headroom.edit..",
                    "org.headroom.export..", "org.headroom.advice..")
            .layer(PRESETS).definedBy("org.headroom.preset..")
            .layer(MEASURES).definedBy("org.headroom.detect..", "org.headroom.meter..")
            .layer(AUDIO).definedBy("org.headroom.audio..")
            .optionalLayer(DSP).definedBy("org.headroom.dsp..")
            .whereLayer(MAIN).mayOnlyAccessLayers(UI, CLI)
            .whereLayer(UI).mayOnlyAccessLayers(SERVICES, PRESETS, MEASURES, AUDIO, DSP)
            .whereLayer(CLI).mayOnlyAccessLayers(SERVICES, PRESETS, MEASURES, AUDIO, DSP)
            .whereLayer(SERVICES).mayOnlyAccessLayers(PRESETS, MEASURES, AUDIO, DSP)
            .whereLayer(PRESETS).mayOnlyAccessLayers(MEASURES, AUDIO, DSP)
            .whereLayer(MEASURES).mayOnlyAccessLayers(AUDIO, DSP)
            .whereLayer(AUDIO).mayOnlyAccessLayers(DSP)
            .whereLayer(DSP).mayNotAccessAnyLayer()
            .because("dependencies point one way, from the faces down to the arithmetic (ARCHITECTURE.md);"
                    + " a new package must be placed in a layer here");

    /** The layer rule sees only Headroom's packages; this says what else dsp may use. */
    @ArchTest
    static final ArchRule dspIsPureArithmetic = classes().that().resideInAPackage("org.headroom.dsp..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "be.tarsos.dsp..", "org.headroom.dsp..")
                    .and(resideOutsideOfPackage("java.awt..")))
            .because("dsp is the one place per formula that every layer, the capture thread and the tests"
                    + " compute with: java.* and TarsosDSP's FFT only")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.headroom.(**)").should().beFreeOfCycles()
            .because("a package cycle means neither package can be understood, tested or moved alone");

    /**
     * The windows' packages form a tree: the monitor opens the editor and the advisor, all three
     * use ui.common, and nothing points back. Each ui subpackage with its own subpackages counts as
     * one slice here, so a cycle through a deeper package (ui.monitor.x to ui.editor and back) fails too.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenWindows = slices().matching("org.headroom.ui.(*)..").should().beFreeOfCycles()
            .because("each window's package must be understandable and movable without the others");

    /** The editor and the advisor are opened by the monitor and never reach back into it. */
    @ArchTest
    static final ArchRule editorAndAdvisorUseNoMonitor = noClasses()
            .that().resideInAnyPackage("org.headroom.ui.editor..", "org.headroom.ui.advisor..")
            .should().dependOnClassesThat().resideInAPackage("org.headroom.ui.monitor..")
            .because("the monitor hands the advisor what it needs through advisor.MonitorLink; a window"
                    + " that reached back would make the two one package in all but name");

    /** Shared widgets stay shared: ui.common uses no window's package (vacuous until it exists). */
    @ArchTest
    static final ArchRule uiCommonUsesNoWindow = noClasses().that().resideInAPackage("org.headroom.ui.common..")
            .should().dependOnClassesThat(resideInAPackage("org.headroom.ui..")
                    .and(resideOutsideOfPackage("org.headroom.ui.common..")))
            .because("the monitor, the editor and the advisor all use ui.common")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAudioTouchesTheSoundSystem = noClasses()
            .that().resideOutsideOfPackage("org.headroom.audio..")
            .should().dependOnClassesThat().resideInAPackage("javax.sound..")
            .because("devices and codecs are audio's business; everything else reads samples from it");

    @ArchTest
    static final ArchRule onlyUiTouchesTheScreen = noClasses()
            .that().resideOutsideOfPackage("org.headroom.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..",
                    "com.formdev.flatlaf..", "org.jfree..")
            .because("everything below ui runs headless: in tests, in the CLI and on the capture thread");

    /** Every package of main code has its package-info.java saying what the package is for. */
    @ArchTest
    static void everyPackageHasPackageInfo(JavaClasses classes) {
        List<String> missing = classes.stream().map(JavaClass::getPackageName).distinct().sorted()
                .filter(p -> !Files.isRegularFile(
                        Path.of("src/main/java", p.replace('.', '/'), "package-info.java")))
                .toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }
}
