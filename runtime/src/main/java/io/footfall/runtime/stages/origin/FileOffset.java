package io.footfall.runtime.stages.origin;

/**
 * Where the file origin is: the file, the byte position after the last line read, and that line's number
 * (so error records after a restart still name the right line). Written as {@code position:line:path} so
 * the path, which may contain anything, comes last. An empty path means no file was read yet.
 */
record FileOffset(String path, long position, long line) {
    static final FileOffset START = new FileOffset("", 0, 0);

    static FileOffset parse(String offset) {
        if (offset == null || offset.isEmpty()) {
            return START;
        }
        int first = offset.indexOf(':');
        int second = first < 0 ? -1 : offset.indexOf(':', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("file offset '" + offset + "' is not position:line:path");
        }
        try {
            return new FileOffset(offset.substring(second + 1), Long.parseLong(offset.substring(0, first)),
                    Long.parseLong(offset.substring(first + 1, second)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("file offset '" + offset + "' is not position:line:path", e);
        }
    }

    boolean started() {
        return !path.isEmpty();
    }

    @Override
    public String toString() {
        return position + ":" + line + ":" + path;
    }
}
