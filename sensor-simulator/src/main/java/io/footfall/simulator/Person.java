package io.footfall.simulator;

import java.util.List;

/** Someone in the mall: a shopper or a member of staff, with the walk they take and the phones they carry. */
public record Person(String id, boolean staff, Track track, List<Visit> visits, List<Phone> phones) {
}
