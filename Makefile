# Convenience wrappers; the README's two commands are `python3 bootstrap.py run|test`.
.PHONY: run test bench screenshots
run:
	python3 bootstrap.py run
test:
	python3 bootstrap.py test
bench:
	.venv/bin/python bench/import_bench.py
screenshots:
	xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python main.py --screenshot docs/screenshots
