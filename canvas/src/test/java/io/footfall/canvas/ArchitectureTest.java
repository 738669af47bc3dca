package io.footfall.canvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model and the commands know nothing of pixels: only javafx.beans / javafx.collections. */
@AnalyzeClasses(packages = "io.footfall.canvas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsFreeOfScenes = noClasses().that().resideInAnyPackage("..canvas.model..", "..canvas.command..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.geometry..",
                    "io.footfall.canvas.skin..", "io.footfall.canvas.layer..");
}
