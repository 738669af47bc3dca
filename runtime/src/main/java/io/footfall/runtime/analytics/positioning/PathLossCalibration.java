package io.footfall.runtime.analytics.positioning;

import java.util.List;

/**
 * Fits the path-loss model's reference RSSI and exponent to readings taken at known positions (a
 * survey walk, or a simulator's truth) by ordinary least squares of RSSI on -10·log10(distance). An
 * option for a site that has such data; the defaults never depend on it.
 */
public final class PathLossCalibration {

    /** One reading of a sensor (index in the layout) from a device known to be at (x, y). */
    public record Sample(int sensor, double x, double y, int rssi) {
    }

    private PathLossCalibration() {
    }

    /** The model with refRssi and exponent fitted; device height and minimum distance kept from {@code base}. */
    public static PathLossModel fit(SensorLayout layout, PathLossModel base, List<Sample> samples) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Sample s : samples) {
            double d = base.distance(s.x(), s.y(), layout.x(s.sensor()), layout.y(s.sensor()), layout.height(s.sensor()));
            double u = -10.0 * Math.log10(d);
            n++;
            sx += u;
            sy += s.rssi();
            sxx += u * u;
            sxy += u * s.rssi();
        }
        double denominator = n * sxx - sx * sx;
        if (n < 2 || denominator < 1e-9 * n * n) {
            throw new IllegalArgumentException("calibration needs readings from a spread of distances, got "
                    + samples.size() + " readings");
        }
        double exponent = (n * sxy - sx * sy) / denominator;
        double refRssi = (sy - exponent * sx) / n;
        if (!(exponent > 0)) {
            throw new IllegalArgumentException("calibration found RSSI rising with distance (exponent "
                    + exponent + "); the readings cannot be matched to their positions");
        }
        return new PathLossModel(refRssi, exponent, base.deviceHeight(), base.minDistance());
    }
}
