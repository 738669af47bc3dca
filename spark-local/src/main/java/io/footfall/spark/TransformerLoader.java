package io.footfall.spark;

import io.footfall.spark.builtin.BuiltInTransformer;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the transformer a Spark stage runs: a built-in by name, or a user class from a jar loaded in
 * its own class loader (parent: the runtime's, so the record model and Spark are shared).
 */
public final class TransformerLoader implements AutoCloseable {
    private URLClassLoader jarLoader;

    /** A problem the stage reports on a configuration field. */
    public static final class LoadException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String config;

        LoadException(String config, String message, Throwable cause) {
            super(message, cause);
            this.config = config;
        }

        public String config() {
            return config;
        }
    }

    public SparkTransformer load(String builtIn, String className, String jar) throws LoadException {
        if (builtIn != null && !builtIn.equals(BuiltInTransformer.CUSTOM)) {
            return BuiltInTransformer.create(builtIn)
                    .orElseThrow(() -> new LoadException("transformer", "no built-in transformer '" + builtIn + "'", null));
        }
        if (className == null || className.isBlank()) {
            throw new LoadException("className", "a custom transformer needs the class name of a SparkTransformer", null);
        }
        ClassLoader loader = TransformerLoader.class.getClassLoader();
        if (jar != null && !jar.isBlank()) {
            Path path = Path.of(jar);
            if (!Files.isRegularFile(path)) {
                throw new LoadException("jar", "the jar '" + jar + "' does not exist", null);
            }
            try {
                jarLoader = new URLClassLoader(new URL[] {path.toUri().toURL()}, loader);
            } catch (MalformedURLException e) {
                throw new LoadException("jar", "the jar '" + jar + "' cannot be opened: " + e.getMessage(), e);
            }
            loader = jarLoader;
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new LoadException("className", "class '" + className + "' was not found"
                    + (jar == null || jar.isBlank() ? " on the class path" : " in " + jar), e);
        }
        if (!SparkTransformer.class.isAssignableFrom(type)) {
            throw new LoadException("className", "class '" + className + "' is not a " + SparkTransformer.class.getName(), null);
        }
        try {
            return (SparkTransformer) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new LoadException("className", "class '" + className + "' cannot be created (it needs a public "
                    + "no-argument constructor): " + e, e);
        }
    }

    /** The class loader of a user jar, to set as the context class loader while Spark deserializes its closures. */
    public ClassLoader classLoader() {
        return jarLoader != null ? jarLoader : TransformerLoader.class.getClassLoader();
    }

    @Override
    public void close() throws IOException {
        if (jarLoader != null) {
            jarLoader.close();
        }
    }
}
