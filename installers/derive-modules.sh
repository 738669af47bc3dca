#!/usr/bin/env bash
# Prints the JDK modules the distribution's classes reference (jdeps), to re-check modules.txt after a
# dependency change. Modular jars are flattened to plain classes first: jdeps otherwise insists on
# resolving every module descriptor's requires, which a class path of 160 jars never satisfies.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir "$work/classes"
for jar in "$root"/app/target/dist/lib/*.jar; do
  (cd "$work/classes" && unzip -qo "$jar" '*.class' -x 'module-info.class' 'META-INF/*' 2>/dev/null || true)
done
jdeps -q --ignore-missing-deps --print-module-deps "$work/classes"
