package org.headroom.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Test plumbing: finds every double of an object's state (its own double, double[] and
 * double[][] fields, static ones left out) that is subnormal — neither 0 nor at least
 * {@link Double#MIN_NORMAL} in magnitude.
 */
public final class NoSubnormals {
    private NoSubnormals() {
    }

    /** "field[index] = value" for each subnormal double found; empty when there is none. */
    public static List<String> in(Object o) {
        List<String> bad = new ArrayList<>();
        for (Class<?> k = o.getClass(); k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                f.setAccessible(true);
                try {
                    check(f.getName(), f.get(o), bad);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return bad;
    }

    private static void check(String name, Object v, List<String> bad) {
        if (v instanceof Double d) {
            if (subnormal(d)) bad.add(name + " = " + d);
        } else if (v instanceof double[] a) {
            for (int i = 0; i < a.length; i++) if (subnormal(a[i])) bad.add(name + "[" + i + "] = " + a[i]);
        } else if (v instanceof double[][] a) {
            for (int i = 0; i < a.length; i++) check(name + "[" + i + "]", a[i], bad);
        }
    }

    private static boolean subnormal(double x) {
        return x != 0 && Math.abs(x) < Double.MIN_NORMAL;
    }
}
