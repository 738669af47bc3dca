package io.footfall.simulator;

import io.footfall.runtime.floorplan.FloorplanGeometry;
import io.footfall.runtime.floorplan.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everyone who will be in the mall during a run, planned up front from the seed: staff (present from
 * the start), then shoppers and groups in arrival order, each with their phones and visits. Every person
 * and phone draws from their own random stream, so adding a person never changes another's walk.
 */
public final class Population {
    private final List<Person> people;
    private final List<Phone> phones;

    private Population(List<Person> people, List<Phone> phones) {
        this.people = people;
        this.phones = phones;
    }

    public static Population plan(FloorplanGeometry geo, SimulationSettings s) {
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom arrivalsRandom = root.split();
        SplittableRandom peopleRandom = root.split();
        SplittableRandom phonesRandom = root.split();
        long endMs = s.startEpochMs() + s.durationMs();
        ItineraryPlanner planner = new ItineraryPlanner(geo, endMs, root.split());
        VisitFinder visits = new VisitFinder(geo);
        List<Person> people = new ArrayList<>();
        List<Phone> phones = new ArrayList<>();

        List<Zone> stores = new ArrayList<>(planner.storesWithDoors());
        int staffCount = stores.isEmpty() || s.staffPerStore() <= 0 ? 0
                : Math.max(1, (int) Math.round(stores.size() * s.staffPerStore()));
        SplittableRandom staffRandom = peopleRandom.split();
        for (int i = 0; i < staffCount; i++) {
            Zone store = stores.get(staffRandom.nextInt(stores.size()));
            Track track = planner.staff(store, s.startEpochMs(), staffRandom.split());
            people.add(person(String.format("staff-%03d", i + 1), true, track, s, visits, phonesRandom, phones));
        }
        if (!geo.plan().entrances().isEmpty()) {
            // Groups of 2–4 (3 on average) arrive together: fewer arrivals carry the promised number of people.
            double arrivalsPerHour = s.shoppersPerHour() / (1 + 2 * s.groupShare());
            long[] arrivals = new ArrivalProfile(s.startEpochMs(), s.durationMs(), arrivalsPerHour).arrivals(arrivalsRandom);
            int shopper = 0;
            for (long arrival : arrivals) {
                SplittableRandom rnd = peopleRandom.split();
                int groupSize = rnd.nextDouble() < s.groupShare() ? 2 + rnd.nextInt(3) : 1;
                Track leader = planner.shopper(arrival, rnd);
                for (int m = 0; m < groupSize; m++) {
                    Track track = m == 0 ? leader : leader.delayed(m * (500 + rnd.nextInt(1000)));
                    people.add(person(String.format("p-%06d", ++shopper), false, track, s, visits, phonesRandom, phones));
                }
            }
        }
        people.sort(Comparator.comparingLong(p -> p.track().startMs()));
        return new Population(List.copyOf(people), List.copyOf(phones));
    }

    private static Person person(String id, boolean staff, Track track, SimulationSettings s, VisitFinder visits,
                                 SplittableRandom phonesRandom, List<Phone> phones) {
        SplittableRandom rnd = phonesRandom.split();
        double r = rnd.nextDouble();
        double[] shares = s.phoneShares();
        int count = r < shares[0] ? 0 : (r < shares[0] + shares[1] ? 1 : 2);
        List<Phone> carried = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Phone phone = new Phone(phones.size(), id, track, rnd.split(), s);
            carried.add(phone);
            phones.add(phone);
        }
        long end = s.startEpochMs() + s.durationMs();
        return new Person(id, staff, track, visits.visits(id, track, s.startEpochMs(), end), List.copyOf(carried));
    }

    public List<Person> people() {
        return people;
    }

    public List<Phone> phones() {
        return phones;
    }
}
