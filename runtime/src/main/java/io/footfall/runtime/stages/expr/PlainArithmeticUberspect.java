package io.footfall.runtime.stages.expr;

import java.util.Iterator;
import java.util.List;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;

/**
 * JEXL's introspection with operator overloading switched off. JEXL looks for overloaded operator methods
 * on the arithmetic class every time it creates an interpreter, i.e. once per evaluation; we use the
 * standard arithmetic, which has none, and that look-up was most of a filter's cost per record. Everything
 * else is delegated unchanged (the engine still puts its sandbox around this).
 */
final class PlainArithmeticUberspect implements JexlUberspect {
    private final JexlUberspect delegate;

    PlainArithmeticUberspect(JexlUberspect delegate) {
        this.delegate = delegate;
    }

    @Override
    public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
        return null;
    }

    @Override
    public ClassLoader getClassLoader() {
        return delegate.getClassLoader();
    }

    @Override
    public Class<?> getClassByName(String className) {
        return delegate.getClassByName(className);
    }

    @Override
    public JexlMethod getConstructor(Object ctorHandle, Object... args) {
        return delegate.getConstructor(ctorHandle, args);
    }

    @Override
    public Iterator<?> getIterator(Object obj) {
        return delegate.getIterator(obj);
    }

    @Override
    public JexlMethod getMethod(Object obj, String method, Object... args) {
        return delegate.getMethod(obj, method, args);
    }

    @Override
    public JexlPropertyGet getPropertyGet(List<PropertyResolver> resolvers, Object obj, Object identifier) {
        return delegate.getPropertyGet(resolvers, obj, identifier);
    }

    @Override
    public JexlPropertyGet getPropertyGet(Object obj, Object identifier) {
        return delegate.getPropertyGet(obj, identifier);
    }

    @Override
    public JexlPropertySet getPropertySet(List<PropertyResolver> resolvers, Object obj, Object identifier, Object arg) {
        return delegate.getPropertySet(resolvers, obj, identifier, arg);
    }

    @Override
    public JexlPropertySet getPropertySet(Object obj, Object identifier, Object arg) {
        return delegate.getPropertySet(obj, identifier, arg);
    }

    @Override
    public List<PropertyResolver> getResolvers(JexlOperator op, Object obj) {
        return delegate.getResolvers(op, obj);
    }

    @Override
    public int getVersion() {
        return delegate.getVersion();
    }

    @Override
    public void setClassLoader(ClassLoader loader) {
        delegate.setClassLoader(loader);
    }
}
