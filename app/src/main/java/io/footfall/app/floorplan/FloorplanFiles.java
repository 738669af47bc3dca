package io.footfall.app.floorplan;

import io.footfall.runtime.floorplan.Floorplan;
import io.footfall.runtime.floorplan.FloorplanJson;
import io.footfall.runtime.floorplan.FloorplanValidator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes {@code footfall-floorplan/1} files the way pipelines are saved: validated first (an invalid plan is
 * refused with the validator's message and the file is not touched), then written to a temporary file in the
 * same folder, forced to disk and renamed over the target, so a crash leaves the old file or the new one.
 */
public final class FloorplanFiles {
    private FloorplanFiles() {
    }

    /** @throws io.footfall.runtime.floorplan.FloorplanException naming {@code file} when the plan is invalid */
    public static void write(Floorplan plan, Path file) throws IOException {
        FloorplanValidator.requireValid(plan, file.toString());
        byte[] json = FloorplanJson.toJson(plan).getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            keepPermissions(file, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file is private (rw-------); the saved floorplan keeps the old file's mode, or rw-r--r--. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, mode);
    }
}
