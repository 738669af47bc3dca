package io.footfall.runtime.stages.expr;

import java.util.Random;

/**
 * The {@code rnd} object the development generator gives its template expressions, e.g.
 * {@code rnd.between(-90, -40)}, {@code rnd.pick('wifi', 'ble')}, {@code rnd.mac(200)}. Seeded, so a
 * generator configuration always produces the same records.
 */
public final class GeneratorFunctions {
    private final Random random;

    public GeneratorFunctions(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public long between(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("between(" + min + ", " + max + "): max is below min");
        }
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** A number from 0 (included) to 1 (excluded). */
    public double uniform() {
        return random.nextDouble();
    }

    public double gaussian(double mean, double standardDeviation) {
        return mean + random.nextGaussian() * standardDeviation;
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** One of the arguments, uniformly. */
    public Object pick(Object... choices) {
        if (choices.length == 0) {
            throw new IllegalArgumentException("pick() needs at least one choice");
        }
        return choices[random.nextInt(choices.length)];
    }

    /**
     * One of {@code devices} stable MAC addresses ({@code 02:00:00:00:00:2a}-style, with the first octet
     * varied), so the generated traffic repeats devices like real traffic does.
     */
    public String mac(long devices) {
        long n = devices <= 0 ? random.nextLong() : (long) (random.nextDouble() * devices);
        long bits = n & 0xFFFF_FFFF_FFFFL;
        StringBuilder b = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            int octet = (int) ((bits >>> shift) & 0xFF);
            if (shift == 40) {
                octet = (octet & 0xFC) | ((int) (n % 3 == 0 ? 0x02 : 0x00));
            }
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(Character.forDigit(octet >> 4, 16)).append(Character.forDigit(octet & 0xF, 16));
        }
        return b.toString();
    }
}
