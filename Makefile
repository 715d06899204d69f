# Convenience wrappers; the README's two commands are `python3 bootstrap.py run|test`.
.PHONY: run test bench screenshots
run:
	python3 bootstrap.py run
test:
	python3 bootstrap.py test
bench:
	for script in bench/*_bench.py; do .venv/bin/python $$script || exit 1; done
screenshots:
	# a real X11 window on a virtual screen (QT_QPA_PLATFORM=xcb), grabbed per tab
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python main.py --screenshot docs/screenshots --db build/screenshot-shop.sqlite
