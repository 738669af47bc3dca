package io.footfall.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.footfall.runtime.api.Field;
import io.footfall.runtime.api.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {
    private static List<Record> records(int from, int n) {
        List<Record> r = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            r.add(new Record("test", Field.map(Map.of("n", Field.of((long) i)))));
        }
        return r;
    }

    @Test
    void showsTheSelectedStagesNewestSamplesOnly() {
        PreviewViewModel vm = new PreviewViewModel();
        vm.stageProperty().set("parse");
        vm.offer("parse", records(0, 40), records(100, 40));
        vm.offer("parse", records(40, 40), List.of());
        vm.offer("other", records(0, 1), List.of());
        assertThat(vm.input()).hasSize(PreviewViewModel.KEEP);
        assertThat(vm.input().get(0)).isEqualTo("{\"n\":30}");
        assertThat(vm.input().get(PreviewViewModel.KEEP - 1)).isEqualTo("{\"n\":79}");
        assertThat(vm.output()).hasSize(40);
        vm.stageProperty().set("other");
        assertThat(vm.input()).containsExactly("{\"n\":0}");
    }

    @Test
    void whilePausedNothingChangesAndSkippedSamplesAreCounted() {
        PreviewViewModel vm = new PreviewViewModel();
        vm.stageProperty().set("parse");
        vm.offer("parse", records(0, 1), List.of());
        vm.pausedProperty().set(true);
        vm.offer("parse", records(1, 5), List.of());
        vm.offer("parse", records(6, 5), List.of());
        assertThat(vm.input()).containsExactly("{\"n\":0}");
        assertThat(vm.skippedProperty().get()).isEqualTo(2);
        vm.pausedProperty().set(false);
        vm.offer("parse", records(11, 1), List.of());
        assertThat(vm.input()).containsExactly("{\"n\":0}", "{\"n\":11}");
    }
}
