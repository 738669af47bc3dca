import java.lang.management.ManagementFactory;

/**
 * How long JavaFX takes to load the native libraries the studio uses (BENCHMARKS.md "Studio", session 5): thread CPU
 * and wall time of NativeLibLoader.loadLibrary for each, from the jar (extracted and hashed against ~/.openjfx/cache)
 * or from beside the jars. usage: java -cp "TREE/app/target/dist/lib/*" app/src/test/sh/NativeLoad.java
 */
public class NativeLoad {
    public static void main(String[] args) {
        var mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (String lib : new String[] {"glass", "glassgtk3", "prism_es2", "prism_sw", "javafx_font",
                "javafx_font_freetype", "javafx_font_pango", "decora_sse"}) {
            com.sun.glass.utils.NativeLibLoader.loadLibrary(lib);
        }
        System.out.println("cpu_ms=" + (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000
                + " wall_ms=" + (System.nanoTime() - wall) / 1_000_000);
    }
}
