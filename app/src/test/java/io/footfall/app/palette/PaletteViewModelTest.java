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
}
