# Thin wrappers: the real steps live in scripts/dev.py so a machine without make runs the same thing.
.PHONY: site test check rules-doc bench

site:
	python3 scripts/dev.py site

test:
	python3 scripts/dev.py test

check:
	.venv/bin/gates check

rules-doc:
	.venv/bin/gates rules --format markdown > docs/rules.md
	.venv/bin/python scripts/guide_doc.py

bench:
	.venv/bin/python benchmarks/run.py --out benchmarks/RESULTS.md
	.venv/bin/python benchmarks/bench_content.py
	.venv/bin/python benchmarks/bench_signoff.py
	.venv/bin/python benchmarks/bench_freshness.py
	.venv/bin/python benchmarks/bench_terms.py
	.venv/bin/pip install -q -e '.[bench]'  # LinkChecker, the peer of bench_rescan
	.venv/bin/python benchmarks/bench_rescan.py
