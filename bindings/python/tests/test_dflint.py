"""Tests of the Python module (run by CTest with PYTHONPATH at the module)."""
import concurrent.futures
import json
import os
import pathlib
import tempfile
import unittest

import dflint

ROOT = pathlib.Path(__file__).resolve().parents[3]
NAIVE = (ROOT / "examples" / "node-app" / "Dockerfile.naive").read_text(encoding="utf-8")


def snapshot(dockerfile, files):
    return {
        "version": 1,
        "dockerfile": {"path": "Dockerfile", "text": dockerfile},
        "ignore": {"path": "", "text": ""},
        "buildArgs": {},
        "target": "",
        "files": [[path, "file", 0o644, 1, digest, 0] for path, digest in files],
    }


class LintTest(unittest.TestCase):
    def test_version(self):
        self.assertRegex(dflint.__version__, r"^\d+\.\d+\.\d+")

    def test_lint_naive_example(self):
        found = dflint.lint(NAIVE, "Dockerfile.naive")
        codes = [d.code for d in found]
        self.assertIn("DL3006", codes)
        self.assertIn("DF001", codes)
        d = next(d for d in found if d.code == "DL3006")
        self.assertEqual(d.line, 4)  # FROM node
        self.assertEqual(d.column, 6)
        self.assertEqual((d.end_line, d.end_column), (4, 10))
        self.assertEqual(NAIVE.encode()[d.start_offset:d.end_offset], b"node")
        self.assertEqual(d.severity, "warning")
        self.assertEqual(d.name, "untagged-base-image")
        self.assertTrue(d.message)
        self.assertTrue(d.url.startswith("http"))
        self.assertIsInstance(d.help, str)
        self.assertIsInstance(d.fixes, list)
        self.assertIn("DL3006", repr(d))

    def test_columns_count_unicode_characters(self):
        text = 'FROM alpine:3.19\nRUN echo "ünïcödé" && cd /tmp\n'
        d = next(d for d in dflint.lint(text) if d.code == "DL3003")
        line = text.splitlines()[d.line - 1]
        raw = text.encode()
        start = raw[d.start_offset:].decode()
        # The character column and the byte offset point at the same place.
        self.assertEqual(line[d.column - 1:], start[: len(line) - d.column + 1])
        self.assertNotEqual(d.column, d.start_offset - raw.index(b"RUN") + 1)

    def test_config_yaml_and_dict(self):
        codes = lambda **kw: {d.code for d in dflint.lint(NAIVE, **kw)}
        self.assertNotIn("DL3006", codes(config="ignored: [DL3006]\n"))
        self.assertNotIn("DL3006", codes(config={"ignored": ["DL3006"]}))
        self.assertIn("DF001", codes(config={"ignored": ["DL3006"]}))
        only = dflint.lint(NAIVE, config={"override": {"error": ["DL3006"]}})
        self.assertEqual(next(d for d in only if d.code == "DL3006").severity, "error")
        with self.assertRaises(ValueError):
            dflint.lint(NAIVE, config="no-such-key: 1\n")
        with self.assertRaises(TypeError):
            dflint.lint(NAIVE, config=42)

    def test_fixes_apply(self):
        text = "FROM alpine:3.19\nRUN apk add curl\n"
        fixed = [d for d in dflint.lint(text) if d.fixes]
        self.assertTrue(fixed, "expected a fixable finding")
        fix = fixed[0].fixes[0]
        self.assertTrue(fix.title)
        self.assertIsInstance(fix.safe, bool)
        raw = bytearray(text.encode())
        for e in sorted(fix.edits, key=lambda e: e.start_offset, reverse=True):
            self.assertGreaterEqual(e.line, 1)
            raw[e.start_offset:e.end_offset] = e.replacement.encode()
        self.assertNotEqual(raw.decode(), text)

    def test_bytes_and_empty(self):
        self.assertIsInstance(dflint.lint(""), list)
        self.assertTrue(any(d.code == "DL3006" for d in dflint.lint(b"FROM node\n")))

    def test_threads(self):
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda _: len(dflint.lint(NAIVE)), range(16)))
        self.assertEqual(len(set(results)), 1)


class ParseTest(unittest.TestCase):
    def test_parse(self):
        tree = dflint.parse(NAIVE)
        self.assertIsInstance(tree, dict)
        self.assertEqual(tree["version"], 1)
        self.assertIn("instructions", tree)
        self.assertEqual(len(tree["instructions"]), 5)


class RulesTest(unittest.TestCase):
    def test_rules(self):
        rules = {r["code"]: r for r in dflint.rules()}
        self.assertIn("DL3006", rules)
        self.assertEqual(rules["DL3006"]["name"], "untagged-base-image")
        self.assertIn(rules["DL3006"]["severity"], ("error", "warning", "info", "style"))


class CacheTest(unittest.TestCase):
    DOCKERFILE = "FROM alpine:3.19\nCOPY a.txt /a.txt\nRUN cat /a.txt\nCOPY b.txt /b.txt\n"

    def check_plan(self, plan, miss_from_line):
        self.assertEqual(plan["version"], 1)
        statuses = {s["line"]: s["status"] for s in plan["steps"]}
        for line, status in statuses.items():
            self.assertEqual(status, "miss" if line >= miss_from_line else "hit", plan)

    def test_snapshots(self):
        before = snapshot(self.DOCKERFILE, [("a.txt", "1"), ("b.txt", "2")])
        after = snapshot(self.DOCKERFILE, [("a.txt", "1"), ("b.txt", "3")])
        self.check_plan(dflint.simulate_cache(json.dumps(before), json.dumps(after)), 4)
        after = snapshot(self.DOCKERFILE, [("a.txt", "9"), ("b.txt", "2")])
        plan = dflint.simulate_cache(before, after)
        self.check_plan(plan, 2)
        self.assertEqual(plan["steps"][1]["reason"]["kind"], "file_changed")
        with self.assertRaises(ValueError):
            dflint.simulate_cache("{}", json.dumps(after))
        with self.assertRaises(TypeError):
            dflint.simulate_cache(before)

    def test_context(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name, text in (("Dockerfile", self.DOCKERFILE), ("a.txt", "a\n"), ("b.txt", "b\n")):
                with open(os.path.join(tmp, name), "w") as f:
                    f.write(text)
            self.check_plan(dflint.simulate_cache(context=tmp, changed=["b.txt"]), 4)
            self.check_plan(dflint.simulate_cache(context=tmp, changed=["a.txt"]), 2)
            self.check_plan(dflint.simulate_cache(context=tmp, changed=[]), 99)
        with self.assertRaises(OSError):
            dflint.simulate_cache(context=os.path.join(tmp, "gone"), changed=[])


if __name__ == "__main__":
    unittest.main()
