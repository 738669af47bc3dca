package io.footfall.runtime.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.footfall.runtime.analytics.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BogaziciReaderTest {

    @Test
    void readsTheRoomTheReceiversAndTheNineTracksWithTheCaveatsApplied() {
        BogaziciDataset d = SharedData.bogazici();
        assertThat(d.receivers()).hasSize(12);
        assertThat(d.receiversByMac().get("b827eb4521b4"))
                .isEqualTo(new BogaziciReceiver("b827eb4521b4", "sensor10", 7.00, 7.09, 1.22));
        assertThat(d.beaconMacs()).containsExactly("e78f135624ce");
        assertThat(d.roomWidth()).isCloseTo(20.66, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.roomHeight()).isCloseTo(17.64, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.tracks()).hasSize(9);
        // 16,018 readings in the files, of which straight_05's +42 and +29 dBm are impossible.
        assertThat(d.readingCount()).isEqualTo(16_016);
        assertThat(d.track("straight_05").droppedImpossibleRssi()).isEqualTo(2);
        for (BogaziciTrack t : d.tracks()) {
            for (int i = 1; i < t.readings().size(); i++) {
                assertThat(t.readings().get(i).ts()).isGreaterThanOrEqualTo(t.readings().get(i - 1).ts());
            }
            assertThat(t.readings()).allMatch(r -> r.rssi() <= BogaziciReader.MAX_PLAUSIBLE_RSSI);
        }
        assertThat(d.occupancy()).isNotNull();
        assertThat(d.occupancy().blockedAt(0.2, 0.2)).isTrue(); // the wall row
        assertThat(d.occupancy().blockedAt(11.6, 8.6)).isFalse(); // where straight_01 and straight_03 cross
    }

    @Test
    void namesTheFileLineAndFieldOfABadReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad_all_sensors.mbd");
        Files.writeString(file, "1581249601.4,b827eb4521b4,e78f135624ce,-87,18.0,8.4,1.8,0,0,0,0,0,0,0,0,0\n"
                + "1581249601.5,b827eb4521b4,e78f135624ce,loud,18.0,8.4,1.8,0,0,0,0,0,0,0,0,0\n");
        assertThatThrownBy(() -> BogaziciReader.readTrack(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessage(file + ":2: field 4 (rssi_dbm) must be a number, found 'loud'");
        Files.writeString(file, "1581249601.4,b827eb4521b4,-87\n");
        assertThatThrownBy(() -> BogaziciReader.readTrack(file))
                .hasMessage(file + ":1: expected 16 comma-separated fields, found 3");
    }

    @Test
    void aDirectoryWithoutTheDeviceFileIsRefusedByName(@TempDir Path dir) {
        assertThatThrownBy(() -> BogaziciReader.read(dir))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("tetam.dev");
    }

    @Test
    void formatsBareMacsAsColonAddresses() {
        assertThat(BogaziciDataset.colonMac("E78F135624CE")).isEqualTo("e7:8f:13:56:24:ce");
    }
}
