package io.footfall.runtime.connect;

import io.footfall.runtime.sighting.Sighting;
import java.util.List;

/**
 * One payload as a network origin received it, already parsed on the network thread (so parsing is
 * spread over the event loops, not done by the pipeline thread): the sightings, or why there are none.
 *
 * @param peer      who sent it ({@code udp 10.0.0.7:5140}, {@code http 10.0.0.7:50122}, ...)
 * @param sightings the sightings, empty when {@code problem} is set
 * @param problem   what is wrong with the payload, or null
 * @param raw       the payload bytes when it was malformed (for the error record), else null
 */
public record Arrival(String peer, List<Sighting> sightings, String problem, byte[] raw) {

    public static Arrival parse(String peer, byte[] payload) {
        try {
            return new Arrival(peer, SightingPayload.parse(payload), null, null);
        } catch (IllegalArgumentException e) {
            return malformed(peer, e.getMessage(), payload);
        }
    }

    public static Arrival malformed(String peer, String problem, byte[] raw) {
        return new Arrival(peer, List.of(), problem, raw == null ? new byte[0] : raw);
    }

    public boolean isMalformed() {
        return problem != null;
    }
}
