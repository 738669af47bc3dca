package io.footfall.runtime.engine.bench;

import io.footfall.runtime.engine.OffsetStore;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * One offset commit, two ways, in the folder given (use the disk pipelines live on): renaming a temporary
 * file over the same offset file each time, and {@link OffsetStore#commit} (rename to a new numbered name,
 * delete the previous). Prints CPU and wall microseconds per commit. Run:
 * {@code java -cp <runtime test class path> io.footfall.runtime.engine.bench.OffsetCommitBench DIR [commits] [rounds]}
 */
public final class OffsetCommitBench {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/offset-bench"));
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path over = dir.resolve("over.offset");
        Path temp = dir.resolve("over.offset.tmp");
        OffsetStore store = OffsetStore.inFile(dir.resolve("numbered.offset"));
        store.reset();
        for (int round = 0; round < rounds; round++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            for (int i = 0; i < commits; i++) {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ch.write(ByteBuffer.wrap(("{\"format\":\"footfall-offset/1\",\"offset\":\"" + i + "\"}\n")
                            .getBytes(StandardCharsets.UTF_8)));
                }
                Files.move(temp, over, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            long cpu1 = os.getProcessCpuTime();
            long wall1 = System.nanoTime();
            for (int i = 0; i < commits; i++) {
                store.commit(Integer.toString(i));
            }
            long cpu2 = os.getProcessCpuTime();
            long wall2 = System.nanoTime();
            store.settle();
            System.out.printf(Locale.ROOT, "per commit, CPU / wall µs: rename over one file %.0f / %.0f;"
                            + " OffsetStore (new numbered name) %.0f / %.0f%n",
                    (cpu1 - cpu0) / 1e3 / commits, (wall1 - wall0) / 1e3 / commits,
                    (cpu2 - cpu1) / 1e3 / commits, (wall2 - wall1) / 1e3 / commits);
        }
    }
}
