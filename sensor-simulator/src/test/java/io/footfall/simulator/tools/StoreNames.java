package io.footfall.simulator.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Plausible, never repeated store names for the sample malls. */
final class StoreNames {
    private static final List<String> FIRST = List.of("Northgate", "Bluebird", "Copper", "Maple", "Harbor", "Juniper",
            "Saffron", "Granite", "Willow", "Cobalt", "Amber", "Linden", "Sterling", "Orchid", "Pinecrest", "Marlow",
            "Hazel", "Atlas", "Beacon", "Cedar", "Dune", "Ember", "Fable", "Grove", "Ivory", "Kestrel", "Lumen", "Nova");
    private static final List<String> KIND = List.of("Books", "Shoes", "Outfitters", "Electronics", "Pharmacy",
            "Optics", "Toys", "Jewellers", "Sports", "Home", "Beauty", "Denim", "Gifts", "Music", "Phones", "Bakery",
            "Coffee", "Tea House", "Games", "Kitchenware", "Florist", "Eyewear", "Watches", "Stationery", "Pets");
    private static final List<String> ANCHOR = List.of("Department Store", "Hypermarket", "Cinema", "Home Center",
            "Fashion House", "Sports Megastore");
    private static final List<String> FOOD = List.of("Noodle Bar", "Burger Grill", "Taqueria", "Sushi Counter",
            "Pizza Oven", "Falafel House", "Salad Bar", "Curry Kitchen", "Dumpling Stand", "Crepe Corner");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    StoreNames(Random random) {
        this.random = random;
    }

    String store() {
        return unique(KIND);
    }

    String anchor() {
        return unique(ANCHOR);
    }

    String foodStall() {
        return unique(FOOD);
    }

    private String unique(List<String> kinds) {
        for (int attempt = 0; ; attempt++) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + kinds.get(random.nextInt(kinds.size()));
            if (attempt > 50) {
                name = name + " " + (attempt - 49);
            }
            if (used.add(name)) {
                return name;
            }
        }
    }
}
