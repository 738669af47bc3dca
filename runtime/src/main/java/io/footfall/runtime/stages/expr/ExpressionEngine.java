package io.footfall.runtime.stages.expr;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * The one JEXL engine the stages compile their expressions with. Expressions in a pipeline file come from
 * whoever wrote the file, so the engine is locked down: only the value classes records are made of (and
 * the small helper objects the stages hand in) may be touched; {@code new}, loops, assignments to
 * globals, pragmas and scripts are refused at parse time.
 */
public final class ExpressionEngine {
    private static final JexlEngine ENGINE = build(false);
    /** Compiles the stages' own batch loops around an already validated user expression (see BatchCondition). */
    private static final JexlEngine LOOP_ENGINE = build(true);

    private ExpressionEngine() {
    }

    private static JexlEngine build(boolean loops) {
        // Allow-list: anything not named here cannot be read, called or created (inherit = subclasses too).
        JexlSandbox sandbox = new JexlSandbox(false, true);
        for (Class<?> c : new Class<?>[] {String.class, Number.class, Boolean.class, Character.class, Math.class,
                java.util.Map.class, java.util.List.class, java.util.Collection.class, RecordView.class,
                GeneratorFunctions.class, BatchCursor.class}) {
            sandbox.allow(c.getName());
        }
        JexlFeatures features = new JexlFeatures()
                .newInstance(false)
                .loops(loops)
                .localVar(loops)
                // The stage's loop assigns each record's value to a variable of the context (see BatchCondition).
                .sideEffectGlobal(loops)
                .pragma(false)
                .importPragma(false)
                .annotation(false)
                .lambda(false)
                .script(loops);
        JexlPermissions permissions = JexlPermissions.RESTRICTED.compose(RecordView.class.getPackageName() + ".*");
        JexlUberspect introspection = new JexlBuilder().permissions(permissions).create().getUberspect();
        return new JexlBuilder()
                .uberspect(new PlainArithmeticUberspect(introspection))
                .permissions(permissions)
                .sandbox(sandbox)
                .features(features)
                .strict(true)
                .safe(false)
                .silent(false)
                .namespaces(java.util.Map.of("math", Math.class))
                .cache(256)
                .debug(false)
                .create();
    }

    /**
     * Compiles an expression; throws {@link IllegalArgumentException} with a message fit for the studio's
     * property sheet when it is not valid.
     */
    public static JexlExpression compile(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty");
        }
        try {
            return ENGINE.createExpression(text);
        } catch (JexlException e) {
            throw new IllegalArgumentException("is not a valid expression: " + message(e), e);
        }
    }

    /** Compiles a stage-written script (only for text the stage composed around a compiled expression). */
    static org.apache.commons.jexl3.JexlScript compileLoop(String script) {
        return LOOP_ENGINE.createScript(script);
    }

    /** A JEXL error message without the engine's internal location prefix. */
    public static String message(JexlException e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // JEXL prefixes "<class>.<method>:<line>:<col> "; the rest is what an analyst needs.
        int space = m.indexOf(' ');
        String head = space < 0 ? m : m.substring(0, space);
        return head.matches(".*[@:]\\d+(:\\d+)?(!\\[\\d+,\\d+])?:?") && space > 0 ? m.substring(space + 1) : m;
    }
}
