package io.footfall.simulator;

import java.util.SplittableRandom;

/** MAC addresses as phones use them: a vendor's universally administered one, or a randomized one. */
final class Addresses {
    /** Real phone-maker prefixes (Apple, Samsung, Google, Xiaomi, Huawei); all have bit 0x02 clear. */
    private static final int[] VENDOR_OUIS = {0xf01898, 0x3c22fb, 0xa483e7, 0x8cf5a3, 0x508569, 0x3c286d, 0x640980, 0x48db50};

    private Addresses() {
    }

    static String vendor(SplittableRandom random) {
        long oui = VENDOR_OUIS[random.nextInt(VENDOR_OUIS.length)];
        return format((oui << 24) | random.nextInt(1 << 24));
    }

    /** Random, with the locally administered bit (0x02) set and the multicast bit (0x01) clear. */
    static String randomized(SplittableRandom random) {
        long bits = random.nextLong() & 0xffff_ffff_ffffL;
        bits = (bits & ~(0x01L << 40)) | (0x02L << 40);
        return format(bits);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String format(long bits) {
        char[] out = new char[17];
        for (int i = 0; i < 6; i++) {
            int octet = (int) (bits >>> (40 - 8 * i)) & 0xff;
            out[i * 3] = HEX[octet >>> 4];
            out[i * 3 + 1] = HEX[octet & 0xf];
            if (i < 5) {
                out[i * 3 + 2] = ':';
            }
        }
        return new String(out);
    }
}
