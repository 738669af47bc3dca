package io.footfall.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.app.TestStageTypes;
import org.junit.jupiter.api.Test;

class PaletteViewModelTest {
    private final PaletteViewModel vm = new PaletteViewModel(TestStageTypes.registry().all());

    @Test
    void groupsFollowThePaletteOrderWhateverOrderTheLibrariesCameIn() {
        assertThat(vm.groups()).extracting(PaletteViewModel.Group::category)
                .containsExactly("Origins", "Processors", "Analytics", "Destinations");
    }

    @Test
    void searchMatchesLabelIdAndCategoryAndDropsEmptyGroups() {
        vm.searchProperty().set("heat");
        assertThat(vm.groups()).singleElement().satisfies(g -> {
            assertThat(g.category()).isEqualTo("Analytics");
            assertThat(g.stages()).extracting(s -> s.id()).containsExactly("test.analytics.heat");
        });
        vm.searchProperty().set("DESTINATION");
        assertThat(vm.groups()).extracting(PaletteViewModel.Group::category).containsExactly("Destinations");
        vm.searchProperty().set("no such thing");
        assertThat(vm.groups()).isEmpty();
        vm.searchProperty().set("");
        assertThat(vm.groups()).hasSize(4);
    }

    @Test
    void aTooltipSaysWhatAStageTakesAndSends() {
        var registry = io.footfall.runtime.stage.StageRegistry.defaultRegistry();
        assertThat(PaletteViewModel.tooltip(registry.find("footfall.analytics.sessionizer").orElseThrow()))
                .contains("Takes positions; sends visits").endsWith("footfall.analytics.sessionizer");
        assertThat(PaletteViewModel.tooltip(registry.find("footfall.analytics.sightingsFile").orElseThrow()))
                .contains("An origin; sends sightings");
        assertThat(PaletteViewModel.tooltip(registry.find("footfall.analytics.zoneStatsFile").orElseThrow()))
                .contains("Takes visits\n");
        // A filter passes on what it is fed: nothing to say about kinds.
        assertThat(PaletteViewModel.tooltip(registry.find("footfall.processor.filter").orElseThrow()))
                .doesNotContain("Takes").doesNotContain("sends");
    }
}
